package dev.cairn.core.user;

/** Cognito's UserStatusType: where a user's account stands. Events and read models keep the name. */
public enum UserStatus {
    /** Signed up, not yet confirmed. */
    UNCONFIRMED,
    CONFIRMED,
    /** Created by an administrator (or given a temporary password): must choose a password at first sign-in. */
    FORCE_CHANGE_PASSWORD,
    /** An administrator asked for a password reset: the user must reset before signing in. */
    RESET_REQUIRED,
    EXTERNAL_PROVIDER,
    ARCHIVED,
    COMPROMISED,
    UNKNOWN
}
