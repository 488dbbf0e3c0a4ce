package dev.cairn.core.user;

/** Where an accepted proof of the password leads. */
public enum SignInStep {
    /** Signed in: the sign-in is recorded and tokens may be issued. */
    SIGNED_IN,
    /** The password was a temporary one (FORCE_CHANGE_PASSWORD): the NEW_PASSWORD_REQUIRED challenge comes next. */
    NEW_PASSWORD_REQUIRED,
    /** A second factor is asked (the user recorded an MfaChallengeIssued): a code sent by SMS... */
    SMS_MFA,
    /** ...or by email... */
    EMAIL_OTP,
    /** ...or from the authenticator app... */
    SOFTWARE_TOKEN_MFA,
    /** ...or the user chooses among its factors... */
    SELECT_MFA_TYPE,
    /** ...or, with MFA required and no factor on, sets an authenticator up first. */
    MFA_SETUP,
    /** The sign-in names a remembered device: it proves its own secret next (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER). */
    DEVICE_SRP_AUTH
}
