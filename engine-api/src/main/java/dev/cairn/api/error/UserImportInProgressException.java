// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when you're trying to modify a user pool while a user import job is in progress for that pool.
 *
 * <p>Cognito error type {@code UserImportInProgressException}, HTTP status 400.
 */
public class UserImportInProgressException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserImportInProgressException(String message) {
        super("UserImportInProgressException", 400, message);
    }
}
