// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the challenge from StartWebAuthn registration has expired.
 *
 * <p>Cognito error type {@code WebAuthnChallengeNotFoundException}, HTTP status 400.
 */
public class WebAuthnChallengeNotFoundException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnChallengeNotFoundException(String message) {
        super("WebAuthnChallengeNotFoundException", 400, message);
    }
}
