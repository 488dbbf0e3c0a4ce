// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when you don't have sufficient permissions to perform the requested operation.
 *
 * <p>Cognito error type {@code AccessDeniedException}, HTTP status 400.
 */
public class AccessDeniedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public AccessDeniedException(String message) {
        super("AccessDeniedException", 400, message);
    }
}
