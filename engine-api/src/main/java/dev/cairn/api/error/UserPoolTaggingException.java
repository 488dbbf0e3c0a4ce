// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user pool tag can't be set or updated.
 *
 * <p>Cognito error type {@code UserPoolTaggingException}, HTTP status 400.
 */
public class UserPoolTaggingException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserPoolTaggingException(String message) {
        super("UserPoolTaggingException", 400, message);
    }
}
