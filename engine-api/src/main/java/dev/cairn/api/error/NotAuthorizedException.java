// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user isn't authorized.
 *
 * <p>Cognito error type {@code NotAuthorizedException}, HTTP status 400.
 */
public class NotAuthorizedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public NotAuthorizedException(String message) {
        super("NotAuthorizedException", 400, message);
    }
}
