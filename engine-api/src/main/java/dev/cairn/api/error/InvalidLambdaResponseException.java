// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito encounters an invalid Lambda response.
 *
 * <p>Cognito error type {@code InvalidLambdaResponseException}, HTTP status 400.
 */
public class InvalidLambdaResponseException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidLambdaResponseException(String message) {
        super("InvalidLambdaResponseException", 400, message);
    }
}
