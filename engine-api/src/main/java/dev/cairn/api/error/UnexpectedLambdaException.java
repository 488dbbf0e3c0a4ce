// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters an unexpected exception with Lambda.
 *
 * <p>Cognito error type {@code UnexpectedLambdaException}, HTTP status 400.
 */
public class UnexpectedLambdaException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnexpectedLambdaException(String message) {
        super("UnexpectedLambdaException", 400, message);
    }
}
