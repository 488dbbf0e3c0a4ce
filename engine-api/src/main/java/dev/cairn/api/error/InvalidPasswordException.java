// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters an invalid password.
 *
 * <p>Cognito error type {@code InvalidPasswordException}, HTTP status 400.
 */
public class InvalidPasswordException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidPasswordException(String message) {
        super("InvalidPasswordException", 400, message);
    }
}
