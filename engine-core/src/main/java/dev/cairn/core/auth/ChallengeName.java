package dev.cairn.core.auth;

/** Cognito's ChallengeNameType: what a sign-in asks next. Events keep the name. */
public enum ChallengeName {
    SMS_MFA,
    EMAIL_OTP,
    SOFTWARE_TOKEN_MFA,
    SELECT_MFA_TYPE,
    MFA_SETUP,
    PASSWORD_VERIFIER,
    CUSTOM_CHALLENGE,
    SELECT_CHALLENGE,
    DEVICE_SRP_AUTH,
    DEVICE_PASSWORD_VERIFIER,
    ADMIN_NO_SRP_AUTH,
    NEW_PASSWORD_REQUIRED,
    SMS_OTP,
    PASSWORD,
    WEB_AUTHN,
    PASSWORD_SRP
}
