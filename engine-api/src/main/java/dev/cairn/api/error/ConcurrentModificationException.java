// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown if two or more modifications are happening concurrently.
 *
 * <p>Cognito error type {@code ConcurrentModificationException}, HTTP status 400.
 */
public class ConcurrentModificationException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ConcurrentModificationException(String message) {
        super("ConcurrentModificationException", 400, message);
    }
}
