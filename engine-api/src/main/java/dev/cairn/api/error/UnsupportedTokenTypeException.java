// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * Exception that is thrown when an unsupported token is passed to an operation.
 *
 * <p>Cognito error type {@code UnsupportedTokenTypeException}, HTTP status 400.
 */
public class UnsupportedTokenTypeException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnsupportedTokenTypeException(String message) {
        super("UnsupportedTokenTypeException", 400, message);
    }
}
