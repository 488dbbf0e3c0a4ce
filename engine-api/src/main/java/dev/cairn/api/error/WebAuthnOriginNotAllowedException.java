// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the passkey credential's registration origin does not align with the user pool relying party id.
 *
 * <p>Cognito error type {@code WebAuthnOriginNotAllowedException}, HTTP status 400.
 */
public class WebAuthnOriginNotAllowedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnOriginNotAllowedException(String message) {
        super("WebAuthnOriginNotAllowedException", 400, message);
    }
}
