// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the given passkey credential is associated with a different relying party ID than the user pool relying party ID.
 *
 * <p>Cognito error type {@code WebAuthnRelyingPartyMismatchException}, HTTP status 400.
 */
public class WebAuthnRelyingPartyMismatchException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnRelyingPartyMismatchException(String message) {
        super("WebAuthnRelyingPartyMismatchException", 400, message);
    }
}
