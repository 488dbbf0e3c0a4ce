// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user isn't confirmed successfully.
 *
 * <p>Cognito error type {@code UserNotConfirmedException}, HTTP status 400.
 */
public class UserNotConfirmedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserNotConfirmedException(String message) {
        super("UserNotConfirmedException", 400, message);
    }
}
