// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the access token is for a different client than the one in the original StartWebAuthnRegistration request.
 *
 * <p>Cognito error type {@code WebAuthnClientMismatchException}, HTTP status 400.
 */
public class WebAuthnClientMismatchException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnClientMismatchException(String message) {
        super("WebAuthnClientMismatchException", 400, message);
    }
}
