// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user presents passkey credentials from an unsupported device or provider.
 *
 * <p>Cognito error type {@code WebAuthnCredentialNotSupportedException}, HTTP status 400.
 */
public class WebAuthnCredentialNotSupportedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnCredentialNotSupportedException(String message) {
        super("WebAuthnCredentialNotSupportedException", 400, message);
    }
}
