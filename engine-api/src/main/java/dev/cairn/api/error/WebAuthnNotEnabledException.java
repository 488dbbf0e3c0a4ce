// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the passkey feature isn't enabled for the user pool.
 *
 * <p>Cognito error type {@code WebAuthnNotEnabledException}, HTTP status 400.
 */
public class WebAuthnNotEnabledException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnNotEnabledException(String message) {
        super("WebAuthnNotEnabledException", 400, message);
    }
}
