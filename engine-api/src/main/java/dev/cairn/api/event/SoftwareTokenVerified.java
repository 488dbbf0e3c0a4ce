package dev.cairn.api.event;

/**
 * A user proved its authenticator app with a right code (VerifySoftwareToken): the secret waiting
 * for verification becomes the user's TOTP factor. {@code timeStep} is the 30-second step of the
 * code used, which may not be used again.
 */
@EventType("cairn.mfa.SoftwareTokenVerified")
public record SoftwareTokenVerified(String userPoolId, String sub, @PersonalData String friendlyDeviceName, long timeStep)
        implements UserEvent {
}
