package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.PoolDefinition;
import dev.cairn.api.event.UserPoolMfaConfigSet;
import dev.cairn.api.model.EmailMfaConfigType;
import dev.cairn.api.model.GetUserPoolMfaConfigResponse;
import dev.cairn.api.model.SetUserPoolMfaConfigRequest;
import dev.cairn.api.model.SmsConfigurationType;
import dev.cairn.api.model.SmsMfaConfigType;
import dev.cairn.api.model.SoftwareTokenMfaConfigType;
import dev.cairn.api.model.WebAuthnConfigurationType;

import java.time.Instant;

/**
 * SetUserPoolMfaConfig as Cognito decides it, and what GetUserPoolMfaConfig answers. The request
 * states the whole configuration: a factor it leaves out is off (Cognito's own behaviour: setting
 * only {@code MfaConfiguration} to ON refuses, whatever was on before); a mode it leaves out stays.
 * MFA ON or OPTIONAL needs a factor; MFA OFF takes none.
 */
final class MfaSettings {

    static final String NO_FACTOR = "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.";
    static final String OFF_WITH_FACTOR = "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.";

    private MfaSettings() {
    }

    /** The event SetUserPoolMfaConfig writes on this pool, or the Cognito error (nothing written). */
    static UserPoolMfaConfigSet decide(UserPoolState pool, SetUserPoolMfaConfigRequest r) {
        String mode = r.mfaConfiguration() != null ? r.mfaConfiguration() : pool.mfaMode();
        boolean totp = r.softwareTokenMfaConfiguration() != null && Boolean.TRUE.equals(r.softwareTokenMfaConfiguration().enabled());
        SmsMfaConfigType sms = r.smsMfaConfiguration();
        EmailMfaConfigType email = r.emailMfaConfiguration();
        WebAuthnConfigurationType webAuthn = r.webAuthnConfiguration();
        UserPoolMfaConfigSet.WebAuthn passkeys = webAuthn == null ? null
                : new UserPoolMfaConfigSet.WebAuthn(webAuthn.relyingPartyId(), webAuthn.userVerification());
        if ("OFF".equals(mode)) {
            if (sms != null || totp || email != null) throw new InvalidParameterException(OFF_WITH_FACTOR);
            return new UserPoolMfaConfigSet(pool.id(), mode, null, false, null, passkeys);
        }
        if (sms == null && !totp && email == null) throw new InvalidParameterException(NO_FACTOR);
        return new UserPoolMfaConfigSet(pool.id(), mode,
                sms == null ? null : new UserPoolMfaConfigSet.SmsMfa(sms.smsAuthenticationMessage(), of(sms.smsConfiguration())),
                totp, email == null ? null : new UserPoolMfaConfigSet.EmailMfa(email.message(), email.subject()), passkeys);
    }

    /** The factors a new pool has: SMS when it is created with MFA on and an SMS configuration. */
    static PoolMfa created(PoolDefinition d) {
        boolean sms = d.smsConfiguration() != null && d.mfaConfiguration() != null && !"OFF".equals(d.mfaConfiguration());
        return sms ? new PoolMfa(true, false, false, null, null, null, null) : PoolMfa.NONE;
    }

    static UserPoolState apply(UserPoolState s, UserPoolMfaConfigSet e, Instant at) {
        var settings = s.settings().toBuilder().mfaConfiguration(e.mfaConfiguration()).lastModifiedDate(at);
        if (e.sms() != null) {
            if (e.sms().smsAuthenticationMessage() != null) settings.smsAuthenticationMessage(e.sms().smsAuthenticationMessage());
            if (e.sms().smsConfiguration() != null) settings.smsConfiguration(wire(e.sms().smsConfiguration()));
        }
        PoolMfa mfa = new PoolMfa(e.sms() != null, e.softwareTokenEnabled(), e.email() != null,
                e.email() == null ? null : e.email().message(), e.email() == null ? null : e.email().subject(),
                e.webAuthn() == null ? null : e.webAuthn().relyingPartyId(), e.webAuthn() == null ? null : e.webAuthn().userVerification());
        return new UserPoolState(settings.build(), s.clients(), s.groups(), s.signingKeys(), mfa, s.oauth(), s.security(), s.imports());
    }

    /** GetUserPoolMfaConfig's answer (SetUserPoolMfaConfig answers the same). */
    static GetUserPoolMfaConfigResponse view(UserPoolState pool) {
        PoolMfa m = pool.mfa();
        return GetUserPoolMfaConfigResponse.builder()
                .mfaConfiguration(pool.mfaMode())
                .smsMfaConfiguration(!m.sms() ? null : SmsMfaConfigType.builder()
                        .smsAuthenticationMessage(pool.settings().smsAuthenticationMessage())
                        .smsConfiguration(pool.settings().smsConfiguration()).build())
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(m.softwareToken()).build())
                .emailMfaConfiguration(!m.email() ? null : EmailMfaConfigType.builder().message(m.emailMessage()).subject(m.emailSubject()).build())
                .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId(m.relyingPartyId())
                        .userVerification(m.userVerification() != null ? m.userVerification() : "preferred").build())
                .build();
    }

    private static PoolDefinition.SmsConfiguration of(SmsConfigurationType s) {
        return s == null ? null : new PoolDefinition.SmsConfiguration(s.snsCallerArn(), s.externalId(), s.snsRegion());
    }

    private static SmsConfigurationType wire(PoolDefinition.SmsConfiguration s) {
        return SmsConfigurationType.builder().snsCallerArn(s.snsCallerArn()).externalId(s.externalId()).snsRegion(s.snsRegion()).build();
    }
}
