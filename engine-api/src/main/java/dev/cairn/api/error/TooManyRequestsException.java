// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the user has made too many requests for a given operation.
 *
 * <p>Cognito error type {@code TooManyRequestsException}, HTTP status 400.
 */
public class TooManyRequestsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public TooManyRequestsException(String message) {
        super("TooManyRequestsException", 400, message);
    }
}
