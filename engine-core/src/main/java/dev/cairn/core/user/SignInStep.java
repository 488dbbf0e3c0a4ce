package dev.cairn.core.user;

/** Where an accepted proof of the password leads. */
public enum SignInStep {
    /** Signed in: the sign-in is recorded and tokens may be issued. */
    SIGNED_IN,
    /** The password was a temporary one (FORCE_CHANGE_PASSWORD): the NEW_PASSWORD_REQUIRED challenge comes next. */
    NEW_PASSWORD_REQUIRED
}
