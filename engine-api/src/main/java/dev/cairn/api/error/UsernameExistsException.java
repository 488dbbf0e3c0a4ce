// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters a user name that already exists in the user pool.
 *
 * <p>Cognito error type {@code UsernameExistsException}, HTTP status 400.
 */
public class UsernameExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UsernameExistsException(String message) {
        super("UsernameExistsException", 400, message);
    }
}
