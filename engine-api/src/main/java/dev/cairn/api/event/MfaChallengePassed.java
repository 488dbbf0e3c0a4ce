package dev.cairn.api.event;

/**
 * A sign-in's MFA challenge was answered rightly (or, for MFA_SETUP, an authenticator was verified
 * within the sign-in). {@code totpStep} is the 30-second step of the TOTP code used, spent from now
 * on; null for other factors.
 */
@EventType("cairn.mfa.MfaChallengePassed")
public record MfaChallengePassed(String userPoolId, String sub, String sessionId, String challengeName, Long totpStep) implements UserEvent {
}
