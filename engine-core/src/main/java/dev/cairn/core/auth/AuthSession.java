package dev.cairn.core.auth;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One sign-in attempt's challenge state machine: which step is open, for which app client and
 * challenge, until when, and the challenges answered so far. Each step is issued once and may be
 * answered once: a second answer to the same step (a replayed session) is refused, and so is an
 * answer to a step that is not the current one, through another client, to another challenge, or
 * after the session expired (which closes the step). Whether the answer itself is right is the
 * user's to judge; {@link CloseChallenge} records the verdict.
 */
public class AuthSession {

    private static final String USED = "Invalid session for the user, session can only be used once.";

    @AggregateIdentifier
    private String sessionId;
    private AuthChallengeIssued current;
    private boolean answered;
    /** Every challenge of the session, oldest first, with its verdict once answered: what CUSTOM_AUTH's triggers get as {@code session}. */
    private final java.util.List<Step> history = new java.util.ArrayList<>();

    AuthSession() {
        // for Axon
    }

    /** The first challenge of a session. */
    public record StartSession(@TargetAggregateIdentifier String sessionId, AuthChallengeIssued challenge) {
    }

    /** A further challenge, once the previous one was answered rightly. */
    public record IssueChallenge(@TargetAggregateIdentifier String sessionId, AuthChallengeIssued challenge) {
    }

    /**
     * Takes the current step for answering. Answers {@link Taken}: the step as issued, or that it
     * expired (then the step is closed, unanswerable from now on). A null {@code clientId} is for
     * the operations that take a Session but no client (AssociateSoftwareToken, VerifySoftwareToken).
     * Taking a step leaves it open: a wrong MFA code may be followed by another answer.
     */
    public record TakeChallenge(@TargetAggregateIdentifier String sessionId, int step, String clientId, String challengeName,
                                Instant now) {
    }

    /** What {@link TakeChallenge} found. */
    public record Taken(AuthChallengeIssued issued, boolean expired) {
    }

    /** Records whether the answer to the step was right; the step cannot be answered again. */
    public record CloseChallenge(@TargetAggregateIdentifier String sessionId, int step, boolean accepted) {
    }

    /** A challenge of the session and whether its answer was right (null while it is open). */
    public record Step(AuthChallengeIssued issued, Boolean accepted) {
    }

    /** Answers the session's challenges so far ({@link Step}s, oldest first). */
    public record ReadHistory(@TargetAggregateIdentifier String sessionId) {
    }

    @CommandHandler
    java.util.List<Step> handle(ReadHistory c) {
        return java.util.List.copyOf(history);
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
    Taken handle(TakeChallenge c) {
        if (answered || c.step() != current.step()) throw new NotAuthorizedException(USED);
        if ((c.clientId() != null && !current.clientId().equals(c.clientId())) || !current.challengeName().equals(c.challengeName())) {
            throw new NotAuthorizedException("Invalid session for the user.");
        }
        if (!c.now().isBefore(current.expiresAt())) {
            apply(new AuthChallengeAnswered(sessionId, current.step(), false));
            return new Taken(current, true);
        }
        return new Taken(current, false);
    }

    @CommandHandler
    void handle(CloseChallenge c) {
        if (answered || c.step() != current.step()) throw new NotAuthorizedException(USED);
        apply(new AuthChallengeAnswered(sessionId, c.step(), c.accepted()));
    }

    @EventSourcingHandler
    void on(AuthChallengeIssued e) {
        sessionId = e.sessionId();
        current = e;
        answered = false;
        history.add(new Step(e, null));
    }

    @EventSourcingHandler
    void on(AuthChallengeAnswered e) {
        answered = true;
        history.set(history.size() - 1, new Step(current, e.accepted()));
    }
}
