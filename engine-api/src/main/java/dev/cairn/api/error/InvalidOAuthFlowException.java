// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the specified OAuth flow is not valid.
 *
 * <p>Cognito error type {@code InvalidOAuthFlowException}, HTTP status 400.
 */
public class InvalidOAuthFlowException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidOAuthFlowException(String message) {
        super("InvalidOAuthFlowException", 400, message);
    }
}
