package dev.cairn.core.user;

import dev.cairn.api.event.SoftwareTokenAssociated;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.mfa.MfaChallenges;
import dev.cairn.core.mfa.MfaPreferences;
import dev.cairn.core.mfa.MfaState;
import org.axonframework.commandhandling.CommandHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The {@link User} aggregate's second factors: authenticator apps, MFA preferences and the MFA
 * challenges of a sign-in. A member of the aggregate (its commands go to the user's stream and
 * its events to the user's state); {@code dev.cairn.core.mfa} makes the decisions, this applies them.
 */
final class UserSecondFactors {

    private final User user;

    UserSecondFactors(User user) {
        this.user = user;
    }

    private MfaState mfa() {
        return user.state().mfaState();
    }

    private String pool() {
        return user.state().userPoolId();
    }

    @CommandHandler
    void handle(Commands.AssociateSoftwareToken c) {
        apply(new SoftwareTokenAssociated(pool(), user.sub(), c.secret()));
    }

    @CommandHandler
    void handle(Commands.VerifySoftwareToken c) {
        apply(MfaPreferences.verify(mfa(), pool(), user.sub(), c.code(), c.friendlyDeviceName(), c.now()));
    }

    @CommandHandler
    void handle(Commands.SetMfaPreference c) {
        MfaPreferences.set(mfa(), pool(), user.sub(), user.state().attributes(), c.settings()).ifPresent(e -> apply(e));
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.AnswerMfa c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        var verdict = MfaChallenges.answer(mfa(), pool(), user.sub(), c.sessionId(), c.challengeName(), c.code(), c.codeHash(), c.now());
        if (verdict instanceof MfaChallenges.Verdict.Wrong wrong) {
            apply(wrong.event());
            return Decision.refuse(wrong.error());
        }
        apply(((MfaChallenges.Verdict.Passed) verdict).event());
        return user.signedIn(c.attempt(), c.tokens());
    }

    @CommandHandler
    SignInStep handle(Commands.SelectMfa c) {
        var challenge = MfaChallenges.select(mfa(), pool(), user.sub(), user.state().attributes(), c.choice(), c.offer());
        apply(challenge);
        return SignInStep.valueOf(challenge.challengeName());
    }

    @CommandHandler
    void handle(Commands.AssociateSoftwareTokenInSetup c) {
        apply(MfaChallenges.associateInSetup(mfa(), pool(), user.sub(), c.sessionId(), c.secret()));
    }

    @CommandHandler
    void handle(Commands.VerifySoftwareTokenInSetup c) {
        MfaChallenges.verifyInSetup(mfa(), pool(), user.sub(), c.sessionId(), c.code(), c.friendlyDeviceName(), c.now())
                .forEach(e -> apply(e));
    }

    @CommandHandler
    Decision<SignInStep> handle(Commands.CompleteMfaSetup c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        MfaChallenges.completeSetup(mfa(), pool(), user.sub(), c.sessionId()).ifPresent(e -> apply(e));
        return user.signedIn(c.attempt(), c.tokens());
    }
}
