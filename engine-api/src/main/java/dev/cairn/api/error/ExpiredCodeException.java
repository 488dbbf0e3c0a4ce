// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown if a code has expired.
 *
 * <p>Cognito error type {@code ExpiredCodeException}, HTTP status 400.
 */
public class ExpiredCodeException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ExpiredCodeException(String message) {
        super("ExpiredCodeException", 400, message);
    }
}
