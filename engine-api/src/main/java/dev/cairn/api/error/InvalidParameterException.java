// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the Amazon Cognito service encounters an invalid parameter.
 *
 * <p>Cognito error type {@code InvalidParameterException}, HTTP status 400.
 */
public class InvalidParameterException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidParameterException(String message) {
        super("InvalidParameterException", 400, message);
    }
}
