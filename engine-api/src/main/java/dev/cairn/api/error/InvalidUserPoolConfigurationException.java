// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the user pool configuration is not valid.
 *
 * <p>Cognito error type {@code InvalidUserPoolConfigurationException}, HTTP status 400.
 */
public class InvalidUserPoolConfigurationException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidUserPoolConfigurationException(String message) {
        super("InvalidUserPoolConfigurationException", 400, message);
    }
}
