package dev.cairn.core.user;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.event.FirstFactorCodeIssued;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.passkey.PasskeyDecisions;
import dev.cairn.core.passwordless.FirstFactors;
import org.axonframework.commandhandling.CommandHandler;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The {@link User} aggregate's choice-based sign-in (USER_AUTH) and passkeys: which first factors
 * the user may take, one-time codes as a first factor, signing in with a passkey, and registering
 * and deleting passkeys. A member of the aggregate; {@code dev.cairn.core.passwordless} and
 * {@code dev.cairn.core.passkey} make the decisions, this applies them.
 */
final class UserPasswordless {

    private final User user;

    UserPasswordless(User user) {
        this.user = user;
    }

    private UserState state() {
        return user.state();
    }

    private List<String> factors(List<String> allowed) {
        return FirstFactors.configured(allowed, state().password() != null, state().attributes(), state().passkeyState());
    }

    @CommandHandler
    Decision<List<String>> handle(PasswordlessCommands.StartChoiceSignIn c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        return Decision.accept(FirstFactors.challenges(factors(c.allowedFactors())));
    }

    /**
     * A code goes only to a verified address or phone the pool allows as a first factor, and only to a
     * user who may sign in: an unconfirmed user or one whose password must be reset is refused
     * before any code is sent.
     */
    @CommandHandler
    Decision<String> handle(PasswordlessCommands.IssueFirstFactorCode c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        if (!factors(c.allowedFactors()).contains(c.challengeName())) {
            throw new InvalidParameterException("The challenge " + c.challengeName() + " is not available for the user.");
        }
        if (state().userStatus() == UserStatus.UNCONFIRMED) return user.fail(c.attempt(), SignInFailure.NOT_CONFIRMED);
        if (state().userStatus() == UserStatus.RESET_REQUIRED) return user.fail(c.attempt(), SignInFailure.RESET_REQUIRED);
        // Anyone who knows a username can ask for a code: sends are limited as other codes' are.
        Verification.PendingCode sent = state().verificationState().code(VerificationEvolution.FIRST_FACTOR_CODE, c.challengeName());
        if (sent != null && sent.recentIssues().stream().filter(t -> t.plus(VerificationEvolution.RATE_WINDOW).isAfter(c.now())).count()
                >= User.MAX_CODE_SENDS_PER_HOUR) {
            throw new LimitExceededException("Attempt limit exceeded, please try after some time.");
        }
        DeliveryMedium medium = c.challengeName().equals("SMS_OTP") ? DeliveryMedium.SMS : DeliveryMedium.EMAIL;
        String masked = Masking.mask(medium, state().attribute(medium.attribute()));
        apply(new FirstFactorCodeIssued(state().userPoolId(), user.sub(), c.sessionId(), c.challengeName(), c.codeHash(), c.expiresAt(),
                medium.name(), masked));
        return Decision.accept(masked);
    }

    /**
     * WEB_AUTHN: the assertion must verify against one of the user's passkeys. A passkey whose
     * authenticator verified the user (PIN, biometrics) is two factors in one and satisfies MFA;
     * without user verification, MFA follows as after a password.
     */
    @CommandHandler
    Decision<SignInStep> handle(PasswordlessCommands.SignInWithPasskey c) {
        SignInFailure refused = user.refusalBeforeProof(c.now());
        if (refused != null) return user.fail(c.attempt(), refused);
        var used = PasskeyDecisions.authenticate(state().passkeyState(), state().userPoolId(), user.sub(), c.sessionId(), c.credential(),
                c.challenge(), c.relyingPartyId(), c.userVerificationRequired());
        if (used.isEmpty()) return user.fail(c.attempt(), SignInFailure.PASSKEY_NOT_VERIFIED);
        if (state().userStatus() == UserStatus.UNCONFIRMED) return user.fail(c.attempt(), SignInFailure.NOT_CONFIRMED);
        if (state().userStatus() == UserStatus.RESET_REQUIRED) return user.fail(c.attempt(), SignInFailure.RESET_REQUIRED);
        apply(used.get());
        return used.get().userVerified() ? user.signedIn(c.attempt(), c.tokens()) : user.signedInOrMfa(c.attempt(), c.tokens(), c.mfa());
    }

    @CommandHandler
    void handle(PasswordlessCommands.StartWebAuthnRegistration c) {
        apply(PasskeyDecisions.start(state().passkeyState(), state().userPoolId(), user.sub(), c.challenge(), c.relyingPartyId(),
                c.userVerification(), c.now()));
    }

    @CommandHandler
    void handle(PasswordlessCommands.CompleteWebAuthnRegistration c) {
        apply(PasskeyDecisions.complete(state().passkeyState(), state().userPoolId(), user.sub(), c.credential(), c.friendlyName(), c.now()));
    }

    @CommandHandler
    void handle(PasswordlessCommands.DeleteWebAuthnCredential c) {
        apply(PasskeyDecisions.delete(state().passkeyState(), state().userPoolId(), user.sub(), c.credentialId()));
    }
}
