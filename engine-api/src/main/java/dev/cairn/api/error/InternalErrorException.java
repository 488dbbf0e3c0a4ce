// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters an internal error.
 *
 * <p>Cognito error type {@code InternalErrorException}, HTTP status 500.
 */
public class InternalErrorException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InternalErrorException(String message) {
        super("InternalErrorException", 500, message);
    }
}
