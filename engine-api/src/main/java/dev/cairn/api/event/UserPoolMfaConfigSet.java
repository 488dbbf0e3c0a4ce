package dev.cairn.api.event;

/**
 * A pool's multi-factor authentication was configured (SetUserPoolMfaConfig): whether MFA is off,
 * on or optional, and which factors users may use. A factor that is null (or false) is off.
 *
 * @param mfaConfiguration         {@code OFF}, {@code ON} or {@code OPTIONAL}
 * @param sms                      SMS MFA: the message that carries the code and how SMS is sent; null when off
 * @param softwareTokenEnabled     whether TOTP authenticator apps may be used
 * @param email                    email MFA (EMAIL_OTP): the message and subject that carry the code; null when off
 * @param webAuthn                 the passkey relying party settings, kept for passwordless sign-in; null when unset
 */
@EventType("cairn.userpool.MfaConfigSet")
public record UserPoolMfaConfigSet(String userPoolId, String mfaConfiguration, SmsMfa sms, boolean softwareTokenEnabled,
                                   EmailMfa email, WebAuthn webAuthn) implements UserPoolEvent {

    /** SMS MFA: {@code smsAuthenticationMessage} holds {####}; {@code smsConfiguration} may be null (the pool's own then applies). */
    public record SmsMfa(String smsAuthenticationMessage, PoolDefinition.SmsConfiguration smsConfiguration) {
    }

    /** Email MFA: the message (with {####}) and subject, either null for Cognito's defaults. */
    public record EmailMfa(String message, String subject) {
    }

    /** The passkey relying party id and user verification ({@code required} or {@code preferred}). */
    public record WebAuthn(String relyingPartyId, String userVerification) {
    }
}
