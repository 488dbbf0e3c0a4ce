package dev.cairn.core.user;

import dev.cairn.core.mfa.MfaChallenges;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Commands of choice-based sign-in (USER_AUTH) and passkeys to the {@link User} aggregate, addressed by the user's sub. */
public final class PasswordlessCommands {

    private PasswordlessCommands() {
    }

    /**
     * A USER_AUTH sign-in begins (or answers SELECT_CHALLENGE): answers the challenges the user may
     * take among the pool's {@code allowedFactors}, unless the user is locked out or disabled
     * (recorded as a failure).
     */
    public record StartChoiceSignIn(@TargetAggregateIdentifier String sub, SignInAttempt attempt, List<String> allowedFactors, Instant now) {
    }

    /**
     * EMAIL_OTP or SMS_OTP as the first factor: the code, minted by the caller, is kept as its keyed
     * hash if the user may receive one; answers the masked destination.
     */
    public record IssueFirstFactorCode(@TargetAggregateIdentifier String sub, SignInAttempt attempt, List<String> allowedFactors,
                                       String sessionId, String challengeName, String codeHash, Instant expiresAt, Instant now) {
    }

    /**
     * The WEB_AUTHN answer: an AuthenticationResponseJSON checked against the user's passkeys and the
     * challenge this sign-in sent. {@code mfa} is what an MFA challenge after it would need.
     */
    public record SignInWithPasskey(@TargetAggregateIdentifier String sub, SignInAttempt attempt, String sessionId, String credential,
                                    String challenge, String relyingPartyId, boolean userVerificationRequired, NewTokens tokens,
                                    MfaChallenges.Offer mfa, Instant now) {
        @Override
        public String toString() {
            return "SignInWithPasskey[sub=" + sub + ", sessionId=" + sessionId + "]";
        }
    }

    public record StartWebAuthnRegistration(@TargetAggregateIdentifier String sub, String challenge, String relyingPartyId, String userVerification,
                                            Instant now) {
    }

    public record CompleteWebAuthnRegistration(@TargetAggregateIdentifier String sub, String credential, String friendlyName, Instant now) {
    }

    public record DeleteWebAuthnCredential(@TargetAggregateIdentifier String sub, String credentialId) {
    }
}
