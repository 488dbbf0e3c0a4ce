package dev.cairn.core.userpool;

import java.util.ArrayList;
import java.util.List;

/**
 * Which MFA factors a pool offers, beside the mode ({@code MfaConfiguration}) and the SMS message
 * that DescribeUserPool shows in the pool's settings: SMS, software token (TOTP) and email
 * (EMAIL_OTP), with the email message, and the passkey relying party settings kept for
 * passwordless sign-in.
 */
public record PoolMfa(boolean sms, boolean softwareToken, boolean email, String emailMessage, String emailSubject,
                      String relyingPartyId, String userVerification) {

    /** No factor, no passkey settings: a pool that never had its MFA configured. */
    public static final PoolMfa NONE = new PoolMfa(false, false, false, null, null, null, null);

    /** Cognito's email MFA text when the pool sets none. */
    public static final String DEFAULT_EMAIL_MESSAGE = "Your verification code is {####}.";
    public static final String DEFAULT_EMAIL_SUBJECT = "Your verification code";
    /** Cognito's SMS MFA text when the pool sets none. */
    public static final String DEFAULT_SMS_MESSAGE = "Your authentication code is {####}. ";

    /** The factors on, in Cognito's names. */
    public List<String> factors() {
        List<String> out = new ArrayList<>();
        if (sms) out.add("SMS_MFA");
        if (softwareToken) out.add("SOFTWARE_TOKEN_MFA");
        if (email) out.add("EMAIL_OTP");
        return out;
    }
}
