package dev.cairn.api.event;

import java.time.Instant;

/**
 * A choice-based sign-in (USER_AUTH) chose a one-time code as its first factor: {@code EMAIL_OTP}
 * or {@code SMS_OTP}. The code went to the user's verified address or phone; only its keyed hash is
 * kept, the destination only masked. It is answered as an MFA code is (wrong answers counted by
 * {@link MfaCodeMismatched}, the right one recorded by {@link MfaChallengePassed}).
 *
 * @param sessionId the sign-in's session
 * @param expiresAt when the code dies with its session
 */
@EventType("cairn.passwordless.FirstFactorCodeIssued")
public record FirstFactorCodeIssued(String userPoolId, String sub, String sessionId, String challengeName, String codeHash, Instant expiresAt,
                                    String deliveryMedium, @PersonalData String maskedDestination) implements UserEvent {
}
