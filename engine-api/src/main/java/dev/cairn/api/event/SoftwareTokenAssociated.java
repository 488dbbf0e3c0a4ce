package dev.cairn.api.event;

/**
 * A user was given a new TOTP secret to load into an authenticator app (AssociateSoftwareToken).
 * It replaces any earlier secret waiting for verification; a verified one stays in force until this
 * one is verified. The secret is sealed in the log under the user's key, like personal data, so
 * the log never shows it and erasing the user's key erases it; audit reads show it redacted.
 */
@EventType("cairn.mfa.SoftwareTokenAssociated")
public record SoftwareTokenAssociated(String userPoolId, String sub, @PersonalData @Secret String secret) implements UserEvent {

    @Override
    public String toString() {
        return "SoftwareTokenAssociated[userPoolId=" + userPoolId + ", sub=" + sub + ", secret=***]";
    }
}
