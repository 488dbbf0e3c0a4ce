// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the provider is already supported by the user pool.
 *
 * <p>Cognito error type {@code DuplicateProviderException}, HTTP status 400.
 */
public class DuplicateProviderException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public DuplicateProviderException(String message) {
        super("DuplicateProviderException", 400, message);
    }
}
