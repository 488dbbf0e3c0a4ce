// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the specified scope doesn't exist.
 *
 * <p>Cognito error type {@code ScopeDoesNotExistException}, HTTP status 400.
 */
public class ScopeDoesNotExistException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ScopeDoesNotExistException(String message) {
        super("ScopeDoesNotExistException", 400, message);
    }
}
