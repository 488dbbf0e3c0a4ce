package dev.cairn.core.user;

import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.core.mfa.MfaChallenges;
import dev.cairn.core.mfa.MfaFactor;
import dev.cairn.core.mfa.MfaPreferences;
import dev.cairn.core.userpool.UserPoolState;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Commands to the {@link User} aggregate, addressed by the user's sub. Commands that touch
 * sign-in keys carry the pool's state, which says which attributes are usernames or aliases.
 */
public final class Commands {

    private Commands() {
    }

    /** {@code preSignUp}: what a PreSignUp trigger answered ({@link PreSignUpAnswer#NONE} without one). */
    public record CreateUser(@TargetAggregateIdentifier String sub, UserPoolState pool, String username,
                             Map<String, String> attributes, UserStatus userStatus, PasswordVerifier password, PreSignUpAnswer preSignUp) {
        public CreateUser(String sub, UserPoolState pool, String username, Map<String, String> attributes, UserStatus userStatus,
                          PasswordVerifier password) {
            this(sub, pool, username, attributes, userStatus, password, PreSignUpAnswer.NONE);
        }
    }

    public record UpdateAttributes(@TargetAggregateIdentifier String sub, UserPoolState pool, Map<String, String> attributes) {
    }

    public record DeleteAttributes(@TargetAggregateIdentifier String sub, UserPoolState pool, List<String> names) {
    }

    public record DisableUser(@TargetAggregateIdentifier String sub) {
    }

    public record EnableUser(@TargetAggregateIdentifier String sub) {
    }

    /** An administrator confirms a sign-up (AdminConfirmSignUp): no code needed. */
    public record ConfirmSignUp(@TargetAggregateIdentifier String sub) {
    }

    /**
     * The user confirms its sign-up with the code it was sent; answers a {@code Decision}. With
     * existence hidden, a user that is not waiting for confirmation answers as a wrong code would.
     */
    public record ConfirmSignUpWithCode(@TargetAggregateIdentifier String sub, String codeHash, boolean hideExistence, Instant now) {
    }

    public record SetPassword(@TargetAggregateIdentifier String sub, PasswordVerifier password, boolean permanent) {
    }

    public record RequirePasswordReset(@TargetAggregateIdentifier String sub) {
    }

    public record AddToGroup(@TargetAggregateIdentifier String sub, String groupName) {
    }

    public record RemoveFromGroup(@TargetAggregateIdentifier String sub, String groupName, String reason) {
    }

    public record RecordMessageSent(@TargetAggregateIdentifier String sub, String purpose, String deliveryMedium,
                                    String maskedDestination) {
    }

    /**
     * A sign-in's proof of the password, judged by the user: lockout and a disabled user first,
     * then the proof, then what the user's status allows, then whether a second factor is asked
     * ({@code mfa}: what the pool offers). Answers a {@code Decision<SignInStep>}; on
     * {@link SignInStep#SIGNED_IN} the user has recorded the sign-in with {@code tokens}.
     */
    public record SignIn(@TargetAggregateIdentifier String sub, SignInAttempt attempt, Proof proof, NewTokens tokens,
                         int temporaryPasswordValidityDays, Instant now, MfaChallenges.Offer mfa) {
    }

    /**
     * The refusals a sign-in meets before any proof (lockout, a disabled user): checked when an
     * SRP sign-in starts, so a locked-out user is not even challenged. Answers a {@code Decision<Void>}.
     */
    public record StartSignIn(@TargetAggregateIdentifier String sub, SignInAttempt attempt, Instant now) {
    }

    /**
     * The answer to NEW_PASSWORD_REQUIRED: the new password and the required attributes that were
     * missing, then the sign-in, or the second factor it asks first. Answers a {@code Decision<SignInStep>}.
     */
    public record CompleteNewPassword(@TargetAggregateIdentifier String sub, UserPoolState pool, SignInAttempt attempt,
                                      Map<String, String> attributes, PasswordVerifier password, NewTokens tokens, Instant now,
                                      MfaChallenges.Offer mfa) {
    }

    /** ChangePassword: the previous password must be right (a wrong one counts toward the lockout). Answers a {@code Decision<Void>}. */
    public record ChangePassword(@TargetAggregateIdentifier String sub, String clientId, String previousPassword,
                                 PasswordVerifier proposed, Instant now) {
    }

    /** Records that a sign-in step failed for a reason another aggregate decided (an AuthSession expired). */
    public record RecordSignInFailure(@TargetAggregateIdentifier String sub, String clientId, String authFlow, SignInFailure reason) {
    }

    public record SignOutGlobally(@TargetAggregateIdentifier String sub) {
    }

    /** Checks a refresh token against the live ones and records the refresh; answers the token as kept. */
    public record UseRefreshToken(@TargetAggregateIdentifier String sub, String originJti, String tokenHash, String clientId,
                                  String deviceKey, Instant now) {
    }

    /** Revokes a live refresh token presented by the client it was issued to; a dead one is left alone. */
    public record RevokeRefreshToken(@TargetAggregateIdentifier String sub, String originJti, String tokenHash, String clientId) {
    }

    /**
     * Issues a one-time code (kept only as its keyed hash), unless codes of this purpose were sent
     * too often in the last hour: then LimitExceededException, and nothing is written.
     */
    public record IssueCode(@TargetAggregateIdentifier String sub, CodePurpose purpose, String attributeName, String codeHash,
                            Instant expiresAt, String deliveryMedium, String maskedDestination, Instant now) {
    }

    /** ConfirmForgotPassword: the reset code, then the new password. Answers a {@code Decision<Void>}. */
    public record ResetPasswordWithCode(@TargetAggregateIdentifier String sub, String codeHash, PasswordVerifier password, Instant now) {
    }

    /** VerifyUserAttribute: the attribute's code, then the attribute is verified. Answers a {@code Decision<Void>}. */
    public record VerifyAttributeWithCode(@TargetAggregateIdentifier String sub, UserPoolState pool, String attributeName,
                                          String codeHash, Instant now) {
    }

    /** Marks an email or phone verified (applying a pending value); the pool says which aliases that moves. */
    public record VerifyAttribute(@TargetAggregateIdentifier String sub, UserPoolState pool, String attributeName) {
    }

    public record RequestAttributeChange(@TargetAggregateIdentifier String sub, String attributeName, String value) {
    }

    public record DeleteUser(@TargetAggregateIdentifier String sub, UserPoolState pool) {
    }

    // ------------------------------------------------------------------ second factors

    /** AssociateSoftwareToken: a new TOTP secret waits for verification. Never logged: commands are not. */
    public record AssociateSoftwareToken(@TargetAggregateIdentifier String sub, String secret) {
        @Override
        public String toString() {
            return "AssociateSoftwareToken[sub=" + sub + ", secret=***]";
        }
    }

    /** VerifySoftwareToken: a code of the waiting secret makes it the user's authenticator. */
    public record VerifySoftwareToken(@TargetAggregateIdentifier String sub, String code, String friendlyDeviceName, Instant now) {
        @Override
        public String toString() {
            return "VerifySoftwareToken[sub=" + sub + ", code=***]";
        }
    }

    /** Turns factors on, off or preferred; a factor left out stays as it is. */
    public record SetMfaPreference(@TargetAggregateIdentifier String sub, Map<MfaFactor, MfaPreferences.Setting> settings) {
    }

    /**
     * An answer to SMS_MFA, EMAIL_OTP or SOFTWARE_TOKEN_MFA: the TOTP code, or the keyed hash of an
     * SMS or email code. Answers a {@code Decision<SignInStep>}: signed in, or the wrong code refused
     * (recorded; too many end the challenge).
     */
    public record AnswerMfa(@TargetAggregateIdentifier String sub, SignInAttempt attempt, String sessionId, String challengeName,
                            String code, String codeHash, NewTokens tokens, Instant now) {
        @Override
        public String toString() {
            return "AnswerMfa[sub=" + sub + ", sessionId=" + sessionId + ", challengeName=" + challengeName + ", code=***]";
        }
    }

    /** SELECT_MFA_TYPE's answer: the chosen factor is challenged next. Answers the {@link SignInStep} of that challenge. */
    public record SelectMfa(@TargetAggregateIdentifier String sub, String choice, MfaChallenges.Offer offer) {
    }

    /** AssociateSoftwareToken with the Session of a sign-in at MFA_SETUP. */
    public record AssociateSoftwareTokenInSetup(@TargetAggregateIdentifier String sub, String sessionId, String secret) {
        @Override
        public String toString() {
            return "AssociateSoftwareTokenInSetup[sub=" + sub + ", sessionId=" + sessionId + ", secret=***]";
        }
    }

    /** VerifySoftwareToken with the Session of a sign-in at MFA_SETUP. */
    public record VerifySoftwareTokenInSetup(@TargetAggregateIdentifier String sub, String sessionId, String code, String friendlyDeviceName,
                                             Instant now) {
        @Override
        public String toString() {
            return "VerifySoftwareTokenInSetup[sub=" + sub + ", sessionId=" + sessionId + ", code=***]";
        }
    }

    /** MFA_SETUP's answer once the authenticator was verified: TOTP is turned on and the sign-in completes. Answers a {@code Decision<SignInStep>}. */
    public record CompleteMfaSetup(@TargetAggregateIdentifier String sub, SignInAttempt attempt, String sessionId, NewTokens tokens, Instant now) {
    }

    // ------------------------------------------------------------------ devices

    /** ConfirmDevice: the device's SRP salt and verifier as the client sends them (base64). */
    public record ConfirmDevice(@TargetAggregateIdentifier String sub, String deviceKey, String salt, String verifier, String deviceName,
                                boolean onlyRememberedOnPrompt, String sourceIp) {
        @Override
        public String toString() {
            return "ConfirmDevice[sub=" + sub + ", deviceKey=" + deviceKey + ", verifier=***]";
        }
    }

    /** UpdateDeviceStatus: {@code remembered} or {@code not_remembered}. */
    public record UpdateDeviceStatus(@TargetAggregateIdentifier String sub, String deviceKey, String status) {
    }

    public record ForgetDevice(@TargetAggregateIdentifier String sub, String deviceKey) {
    }

    /** DEVICE_SRP_AUTH: the confirmed device the sign-in names, with its SRP salt and verifier; ResourceNotFoundException if none. */
    public record StartDeviceSignIn(@TargetAggregateIdentifier String sub, String deviceKey) {
    }

    /**
     * The answer to DEVICE_PASSWORD_VERIFIER: the SRP server's ephemeral values of the step and the
     * client's claim, checked against the device's verifier. A remembered device skips MFA when the
     * pool says so ({@code rememberedSkipsMfa}: ChallengeRequiredOnNewDevice); otherwise MFA is
     * decided as after a password. Answers a {@code Decision<SignInStep>}.
     */
    public record SignInWithDevice(@TargetAggregateIdentifier String sub, SignInAttempt attempt, String deviceKey, Proof.Srp proof,
                                   NewTokens tokens, boolean rememberedSkipsMfa, MfaChallenges.Offer mfa, Instant now) {
    }

    /**
     * Issues tokens to an app client for a user who signed in on the hosted pages, when an
     * authorization code is redeemed ({@code grant} authorization_code) or an implicit grant answered
     * ({@code grant} implicit, without a refresh token). Refused (OAuth invalid_grant) for a disabled
     * user, or one who signed out everywhere after {@code authTime}.
     */
    public record IssueTokensForAuthorization(@TargetAggregateIdentifier String sub, String clientId, String grant, NewTokens tokens,
                                              Instant authTime) {
    }

    // ------------------------------------------------------------------ CUSTOM_AUTH

    /**
     * PASSWORD_VERIFIER inside CUSTOM_AUTH: the user judges the proof (lockout and a disabled user
     * first) without signing in, for the custom challenges still follow. Answers a {@code Decision<Void>};
     * a wrong proof is recorded as a failed sign-in.
     */
    public record VerifyPasswordInCustomAuth(@TargetAggregateIdentifier String sub, SignInAttempt attempt, Proof proof, Instant now) {
    }

    /**
     * The DefineAuthChallenge trigger answered {@code issueTokens} (or {@code failAuthentication}:
     * {@code issueTokens} false): the user signs in with {@code tokens} unless its own state refuses
     * (lockout, disabled, not confirmed, reset required), or records the failure. Answers a
     * {@code Decision<SignInStep>}.
     */
    public record ConcludeCustomAuth(@TargetAggregateIdentifier String sub, SignInAttempt attempt, boolean issueTokens, NewTokens tokens,
                                     Instant now) {
    }

    // ------------------------------------------------------------------ federation

    /** Links a provider identity to this (native) user: AdminLinkProviderForUser's destination. */
    public record LinkProvider(@TargetAggregateIdentifier String sub, String providerName, String providerType, String providerAttributeName,
                               String providerAttributeValue) {
    }

    /** Removes a linked provider identity from this user: AdminDisableProviderForUser. */
    public record UnlinkProvider(@TargetAggregateIdentifier String sub, String providerName, String providerAttributeName,
                                 String providerAttributeValue) {
    }

    /**
     * An identity of an upstream provider signed in as this user (linked or federated): refused for
     * a disabled user; a federated user's mapped attributes follow the provider's.
     */
    public record AcceptFederatedSignIn(@TargetAggregateIdentifier String sub, UserPoolState pool, Map<String, String> mappedAttributes) {
    }

    // ------------------------------------------------------------------ authentication events

    /** Feedback on one of the user's authentication events, which the caller found in the user's log. */
    public record RecordAuthEventFeedback(@TargetAggregateIdentifier String sub, String eventId, String feedbackValue, String provider) {
    }
}
