// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown if the provided code doesn't match what the server was expecting.
 *
 * <p>Cognito error type {@code CodeMismatchException}, HTTP status 400.
 */
public class CodeMismatchException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public CodeMismatchException(String message) {
        super("CodeMismatchException", 400, message);
    }
}
