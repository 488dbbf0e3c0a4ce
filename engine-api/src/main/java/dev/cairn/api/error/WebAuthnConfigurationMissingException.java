// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user pool doesn't have a configured relying party id or a user pool domain.
 *
 * <p>Cognito error type {@code WebAuthnConfigurationMissingException}, HTTP status 400.
 */
public class WebAuthnConfigurationMissingException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public WebAuthnConfigurationMissingException(String message) {
        super("WebAuthnConfigurationMissingException", 400, message);
    }
}
