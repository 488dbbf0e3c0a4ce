// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters an internal server error.
 *
 * <p>Cognito error type {@code InternalServerException}, HTTP status 500.
 */
public class InternalServerException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InternalServerException(String message) {
        super("InternalServerException", 500, message);
    }
}
