// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the specified identifier isn't supported.
 *
 * <p>Cognito error type {@code UnsupportedIdentityProviderException}, HTTP status 400.
 */
public class UnsupportedIdentityProviderException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnsupportedIdentityProviderException(String message) {
        super("UnsupportedIdentityProviderException", 400, message);
    }
}
