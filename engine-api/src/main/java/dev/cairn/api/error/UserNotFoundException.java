// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user isn't found.
 *
 * <p>Cognito error type {@code UserNotFoundException}, HTTP status 400.
 */
public class UserNotFoundException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserNotFoundException(String message) {
        super("UserNotFoundException", 400, message);
    }
}
