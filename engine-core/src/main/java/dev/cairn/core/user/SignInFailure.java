package dev.cairn.core.user;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.PasswordResetRequiredException;
import dev.cairn.api.error.UserNotConfirmedException;

/**
 * Why a sign-in of a known user failed, as {@code SignInFailed} events record it, and the error
 * Cognito answers for it.
 */
public enum SignInFailure {
    /** The password or its proof was wrong: the only failure that counts toward the lockout. */
    WRONG_PASSWORD,
    /** Too many wrong passwords lately. */
    LOCKED_OUT,
    DISABLED,
    NOT_CONFIRMED,
    RESET_REQUIRED,
    /** The answer came after the session's AuthSessionValidity. */
    SESSION_EXPIRED,
    /** The right temporary password, past the pool's TemporaryPasswordValidityDays: an administrator must set a new one. */
    TEMPORARY_PASSWORD_EXPIRED,
    /** A passkey's assertion (WEB_AUTHN) did not verify: unknown or deleted credential, bad signature, challenge, origin or counter. */
    PASSKEY_NOT_VERIFIED,
    /** The source address is in the pool's or client's BlockedIPRangeList (threat protection). */
    RISK_BLOCKED,
    /** The password is in the operator's breached-password list and threat protection blocks compromised credentials. */
    COMPROMISED_CREDENTIALS;

    public static final String WRONG_PASSWORD_MESSAGE = "Incorrect username or password.";

    public CognitoException error() {
        return switch (this) {
            case WRONG_PASSWORD -> new NotAuthorizedException(WRONG_PASSWORD_MESSAGE);
            case LOCKED_OUT -> new NotAuthorizedException("Password attempts exceeded");
            case DISABLED -> new NotAuthorizedException("User is disabled.");
            case NOT_CONFIRMED -> new UserNotConfirmedException("User is not confirmed.");
            case RESET_REQUIRED -> new PasswordResetRequiredException("Password reset required for the user");
            case SESSION_EXPIRED -> new NotAuthorizedException("Invalid session for the user, session is expired.");
            case TEMPORARY_PASSWORD_EXPIRED -> new NotAuthorizedException("Temporary password has expired and must be reset by an administrator.");
            // Cognito's wording for a failed passkey is not documented; this one is ours.
            case PASSKEY_NOT_VERIFIED -> new NotAuthorizedException("The passkey could not be verified.");
            // Cognito's wording for a sign-in its threat protection blocks, from memory.
            case RISK_BLOCKED, COMPROMISED_CREDENTIALS -> new NotAuthorizedException("Unable to login because of security reasons.");
        };
    }
}
