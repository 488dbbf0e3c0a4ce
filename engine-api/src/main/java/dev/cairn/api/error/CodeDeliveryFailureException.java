// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a verification code fails to deliver successfully.
 *
 * <p>Cognito error type {@code CodeDeliveryFailureException}, HTTP status 400.
 */
public class CodeDeliveryFailureException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public CodeDeliveryFailureException(String message) {
        super("CodeDeliveryFailureException", 400, message);
    }
}
