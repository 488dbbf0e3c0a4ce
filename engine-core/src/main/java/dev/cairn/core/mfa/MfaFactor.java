package dev.cairn.core.mfa;

/** A second factor, by Cognito's name for it; events and challenges keep the name. */
public enum MfaFactor {
    SMS_MFA("phone_number"),
    SOFTWARE_TOKEN_MFA(null),
    EMAIL_OTP("email");

    private final String attribute;

    MfaFactor(String attribute) {
        this.attribute = attribute;
    }

    /** The attribute a code of this factor is sent to; null for TOTP, which sends nothing. */
    public String attribute() {
        return attribute;
    }
}
