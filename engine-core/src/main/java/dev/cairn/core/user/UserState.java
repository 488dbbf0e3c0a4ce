package dev.cairn.core.user;

import dev.cairn.api.event.PasswordVerifier;
import dev.cairn.core.device.Devices;
import dev.cairn.core.mfa.MfaState;
import dev.cairn.core.passkey.Passkeys;

import java.time.Instant;
import java.util.Map;
import java.util.SortedSet;

/**
 * A user as its events made it. Immutable; {@link UserEvolution} makes the next state. The User
 * aggregate decides with it; the user projection stores it. It holds no plaintext secret: the
 * password only as an SRP verifier, refresh tokens only as hashes.
 *
 * @param attributes every attribute including sub, in the order they were first set
 * @param groups     names of the groups the user belongs to
 * @param signIn     failures, sign-out time and refresh tokens
 * @param verification codes sent and values waiting for verification
 * @param passwordSetAt when the password was last set (a temporary one expires after the pool's
 *                      TemporaryPasswordValidityDays); null in documents written before it was kept
 * @param mfa           second factors (null in documents written before MFA)
 * @param devices       devices issued and confirmed (null in documents written before devices)
 * @param passkeys      registered passkeys and a registration waiting (null in documents written before passkeys)
 */
public record UserState(String userPoolId, String sub, String username, Map<String, String> attributes,
                        UserStatus userStatus, boolean enabled, Instant createdAt, Instant modifiedAt,
                        PasswordVerifier password, SortedSet<String> groups, SignInState signIn, Verification verification,
                        Instant passwordSetAt, MfaState mfa, Devices devices, Passkeys passkeys) {

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean isVerified(String attribute) {
        return "true".equals(attributes.get(attribute + "_verified"));
    }

    public SignInState signInState() {
        return signIn == null ? SignInState.NONE : signIn;
    }

    public UserState withSignIn(SignInState next) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, next, verification, passwordSetAt, mfa, devices, passkeys);
    }

    /**
     * What the read model keeps: no TOTP secret, no devices, and the live refresh tokens without their hashes
     * and clients. Only the aggregate decides a refresh or a revocation; the read model needs just
     * which sign-ins are live (a global sign-out, or forgetting the device they are bound to,
     * revokes their access tokens) and when they end, and a smaller document keeps every read and
     * write of the user cheap.
     */
    public UserState forReadModel() {
        // Devices have their own read model (the device projection); the user's document keeps none.
        UserState slim = (mfa == null ? this : withMfa(mfa.withoutSecrets())).withDevices(null);
        SignInState s = signInState();
        if (s.refreshTokens().isEmpty()) return slim;
        java.util.Map<String, SignInState.RefreshToken> tokens = new java.util.HashMap<>();
        s.refreshTokens().forEach((origin, t) -> tokens.put(origin, new SignInState.RefreshToken(null, null, t.expiresAt(), t.authTime(), t.deviceKey())));
        return slim.withSignIn(new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), tokens, s.revokedOrigins(), s.riskHistory()));
    }

    public UserState withPasswordSetAt(Instant at) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, signIn, verification, at, mfa, devices, passkeys);
    }

    /** Whether a temporary password (FORCE_CHANGE_PASSWORD) set this many days ago or more is out of date at {@code now}. */
    public boolean temporaryPasswordExpired(int validityDays, Instant now) {
        return userStatus == UserStatus.FORCE_CHANGE_PASSWORD && passwordSetAt != null
                && !now.isBefore(passwordSetAt.plus(java.time.Duration.ofDays(validityDays)));
    }

    public MfaState mfaState() {
        return mfa == null ? MfaState.NONE : mfa;
    }

    public UserState withMfa(MfaState next) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, signIn, verification, passwordSetAt, next, devices, passkeys);
    }

    public Devices deviceState() {
        return devices == null ? Devices.NONE : devices;
    }

    public UserState withDevices(Devices next) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, signIn, verification, passwordSetAt, mfa, next, passkeys);
    }

    public Passkeys passkeyState() {
        return passkeys == null ? Passkeys.NONE : passkeys;
    }

    public UserState withPasskeys(Passkeys next) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, signIn, verification, passwordSetAt, mfa, devices, next);
    }

    public Verification verificationState() {
        return verification == null ? Verification.NONE : verification;
    }

    public UserState withVerification(Verification next) {
        return new UserState(userPoolId, sub, username, attributes, userStatus, enabled, createdAt, modifiedAt, password, groups, signIn, next, passwordSetAt, mfa, devices, passkeys);
    }

}
