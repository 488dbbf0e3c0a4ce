package dev.cairn.core.auth;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One sign-in attempt's challenge state machine. Each step is issued once and may be answered
 * once: a second answer to the same step (a replayed session) is refused, and so is an answer to
 * a step that is not the current one.
 */
public class AuthSession {

    @AggregateIdentifier
    private String sessionId;
    private AuthChallengeIssued current;
    private boolean answered;

    AuthSession() {
        // for Axon
    }

    /** The first challenge of a session. */
    public record StartSession(@TargetAggregateIdentifier String sessionId, AuthChallengeIssued challenge) {
    }

    /** A further challenge, once the previous one was answered rightly. */
    public record IssueChallenge(@TargetAggregateIdentifier String sessionId, AuthChallengeIssued challenge) {
    }

    /** Takes the current step for answering; returns what it was issued with. */
    public record TakeChallenge(@TargetAggregateIdentifier String sessionId, int step) {
    }

    public record CloseChallenge(@TargetAggregateIdentifier String sessionId, int step, boolean accepted) {
    }

    @CommandHandler
    AuthSession(StartSession c) {
        apply(c.challenge());
    }

    @CommandHandler
    void handle(IssueChallenge c) {
        if (!answered) throw new IllegalStateException("a challenge is open");
        apply(c.challenge());
    }

    @CommandHandler
    AuthChallengeIssued handle(TakeChallenge c) {
        if (answered || c.step() != current.step()) {
            throw new NotAuthorizedException("Invalid session for the user, session can only be used once.");
        }
        return current;
    }

    @CommandHandler
    void handle(CloseChallenge c) {
        if (answered || c.step() != current.step()) {
            throw new NotAuthorizedException("Invalid session for the user, session can only be used once.");
        }
        apply(new AuthChallengeAnswered(sessionId, c.step(), c.accepted()));
    }

    @EventSourcingHandler
    void on(AuthChallengeIssued e) {
        sessionId = e.sessionId();
        current = e;
        answered = false;
    }

    @EventSourcingHandler
    void on(AuthChallengeAnswered e) {
        answered = true;
    }
}
