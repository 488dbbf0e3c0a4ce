// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when you attempt to apply a managed login branding style to an app client that already has an assigned style.
 *
 * <p>Cognito error type {@code ManagedLoginBrandingExistsException}, HTTP status 400.
 */
public class ManagedLoginBrandingExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ManagedLoginBrandingExistsException(String message) {
        super("ManagedLoginBrandingExistsException", 400, message);
    }
}
