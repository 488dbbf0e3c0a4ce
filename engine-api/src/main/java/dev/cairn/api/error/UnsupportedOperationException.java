// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * Exception that is thrown when you attempt to perform an operation that isn't enabled for the user pool client.
 *
 * <p>Cognito error type {@code UnsupportedOperationException}, HTTP status 400.
 */
public class UnsupportedOperationException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnsupportedOperationException(String message) {
        super("UnsupportedOperationException", 400, message);
    }
}
