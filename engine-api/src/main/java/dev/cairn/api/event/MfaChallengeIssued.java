package dev.cairn.api.event;

import java.time.Instant;

/**
 * A sign-in that proved the password was asked for a second factor: {@code SMS_MFA},
 * {@code EMAIL_OTP} or {@code SOFTWARE_TOKEN_MFA}, or to choose one ({@code SELECT_MFA_TYPE}) or set
 * one up ({@code MFA_SETUP}). An SMS or email code is kept only as its keyed hash; the destination
 * only masked.
 *
 * @param sessionId the sign-in's session (the AuthSession that asks the challenge)
 * @param codeHash  the keyed hash of the code sent; null for a challenge that sends none
 * @param expiresAt when the challenge dies with its session
 */
@EventType("cairn.mfa.MfaChallengeIssued")
public record MfaChallengeIssued(String userPoolId, String sub, String sessionId, String challengeName, String codeHash, Instant expiresAt,
                                 String deliveryMedium, @PersonalData String maskedDestination) implements UserEvent {
}
