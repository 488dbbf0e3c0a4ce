// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the Amazon Cognito service can't find the requested resource.
 *
 * <p>Cognito error type {@code ResourceNotFoundException}, HTTP status 400.
 */
public class ResourceNotFoundException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ResourceNotFoundException(String message) {
        super("ResourceNotFoundException", 400, message);
    }
}
