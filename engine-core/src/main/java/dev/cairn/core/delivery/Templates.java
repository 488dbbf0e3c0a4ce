package dev.cairn.core.delivery;

import dev.cairn.api.model.VerificationMessageTemplateType;
import dev.cairn.api.spi.Message;
import dev.cairn.core.userpool.PoolMfa;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Instant;

/**
 * Code messages built from the pool's VerificationMessageTemplate (or Cognito's default text),
 * with {####} replaced by the code and {username} by the username. Cognito sends the same
 * verification message for sign-up, forgotten passwords and attribute verification.
 */
public final class Templates {

    static final String DEFAULT_TEXT = "Your verification code is {####}. ";
    static final String DEFAULT_SUBJECT = "Your verification code";

    private Templates() {
    }

    public static Message verification(UserPoolState pool, String username, String purpose, DeliveryMedium medium, String destination,
                                       String code, Instant now) {
        VerificationMessageTemplateType t = pool.settings().verificationMessageTemplate();
        boolean email = medium == DeliveryMedium.EMAIL;
        String template = t == null ? null : email ? t.emailMessage() : t.smsMessage();
        String body = (template != null ? template : DEFAULT_TEXT).replace("{####}", code).replace("{username}", username);
        String subject = email ? (t != null && t.emailSubject() != null ? t.emailSubject() : DEFAULT_SUBJECT) : null;
        return new Message(pool.id(), username, medium.name(), destination, purpose, code, subject, body, now);
    }

    /**
     * An MFA code message: SMS from the pool's SmsAuthenticationMessage, email from its
     * EmailMfaConfiguration, or Cognito's default text.
     */
    public static Message mfa(UserPoolState pool, String username, DeliveryMedium medium, String destination, String code, Instant now) {
        boolean email = medium == DeliveryMedium.EMAIL;
        String template = email ? pool.mfa().emailMessage() : pool.settings().smsAuthenticationMessage();
        if (template == null) template = email ? PoolMfa.DEFAULT_EMAIL_MESSAGE : PoolMfa.DEFAULT_SMS_MESSAGE;
        String subject = !email ? null : pool.mfa().emailSubject() != null ? pool.mfa().emailSubject() : PoolMfa.DEFAULT_EMAIL_SUBJECT;
        String purpose = email ? "EMAIL_OTP" : "SMS_MFA";
        return new Message(pool.id(), username, medium.name(), destination, purpose, code, subject,
                template.replace("{####}", code).replace("{username}", username), now);
    }
}
