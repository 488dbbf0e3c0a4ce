// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user exceeds the limit for a requested Amazon Web Services resource.
 *
 * <p>Cognito error type {@code LimitExceededException}, HTTP status 400.
 */
public class LimitExceededException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public LimitExceededException(String message) {
        super("LimitExceededException", 400, message);
    }
}
