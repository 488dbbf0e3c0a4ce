// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the Amazon Cognito service encounters a user validation exception with the Lambda service.
 *
 * <p>Cognito error type {@code UserLambdaValidationException}, HTTP status 400.
 */
public class UserLambdaValidationException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserLambdaValidationException(String message) {
        super("UserLambdaValidationException", 400, message);
    }
}
