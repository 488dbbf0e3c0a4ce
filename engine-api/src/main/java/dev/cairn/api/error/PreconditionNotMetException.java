// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a precondition is not met.
 *
 * <p>Cognito error type {@code PreconditionNotMetException}, HTTP status 400.
 */
public class PreconditionNotMetException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public PreconditionNotMetException(String message) {
        super("PreconditionNotMetException", 400, message);
    }
}
