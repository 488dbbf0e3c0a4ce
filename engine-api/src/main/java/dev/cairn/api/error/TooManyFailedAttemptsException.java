// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the user has made too many failed attempts for a given action, such as sign-in.
 *
 * <p>Cognito error type {@code TooManyFailedAttemptsException}, HTTP status 400.
 */
public class TooManyFailedAttemptsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public TooManyFailedAttemptsException(String message) {
        super("TooManyFailedAttemptsException", 400, message);
    }
}
