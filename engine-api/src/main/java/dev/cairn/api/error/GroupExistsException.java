// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters a group that already exists in the user pool.
 *
 * <p>Cognito error type {@code GroupExistsException}, HTTP status 400.
 */
public class GroupExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public GroupExistsException(String message) {
        super("GroupExistsException", 400, message);
    }
}
