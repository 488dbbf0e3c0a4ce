package dev.cairn.core.mfa;

import java.time.Instant;
import java.util.List;

/**
 * A user's second factors as its events made them. Immutable; {@link MfaEvolution} makes the next
 * state. The TOTP secrets are here in the clear for the User aggregate to check codes with; the
 * read model keeps {@link #withoutSecrets()} only.
 *
 * @param pendingSecret an associated TOTP secret not verified yet
 * @param secret        the verified TOTP secret, the user's authenticator
 * @param deviceName    the FriendlyDeviceName given when it was verified
 * @param lastTotpStep  the 30-second step of the last TOTP code accepted (codes of it and before are spent)
 * @param enabled       the factors on ({@code SMS_MFA}, {@code SOFTWARE_TOKEN_MFA}, {@code EMAIL_OTP}), in that order
 * @param preferred     the factor used when several are on, or null
 * @param challenge     the MFA challenge of a sign-in waiting for its answer, or null
 * @param softwareTokenVerified whether a TOTP authenticator was verified (kept in the read model, which has no secret)
 */
public record MfaState(String pendingSecret, String secret, String deviceName, long lastTotpStep, List<String> enabled,
                       String preferred, Challenge challenge, boolean softwareTokenVerified) {

    public static final MfaState NONE = new MfaState(null, null, null, -1, List.of(), null, null, false);

    /**
     * A sign-in's MFA challenge: its session, the challenge, the code's keyed hash (SMS and email; a
     * TOTP code is checked against the secret), when it expires, how many wrong answers it had, and
     * whether it was passed (an MFA_SETUP passed by verifying an authenticator waits for its answer).
     */
    public record Challenge(String sessionId, String type, String codeHash, Instant expiresAt, int failures, boolean passed) {
    }

    public MfaState {
        enabled = enabled == null ? List.of() : List.copyOf(enabled);
    }

    /** What the read model keeps: no secret. */
    public MfaState withoutSecrets() {
        return new MfaState(null, null, deviceName, lastTotpStep, enabled, preferred, null, softwareTokenVerified);
    }
}
