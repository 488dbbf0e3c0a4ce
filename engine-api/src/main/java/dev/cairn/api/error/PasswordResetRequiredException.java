// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a password reset is required.
 *
 * <p>Cognito error type {@code PasswordResetRequiredException}, HTTP status 400.
 */
public class PasswordResetRequiredException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public PasswordResetRequiredException(String message) {
        super("PasswordResetRequiredException", 400, message);
    }
}
