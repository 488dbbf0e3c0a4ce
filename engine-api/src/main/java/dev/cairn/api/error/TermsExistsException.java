// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * Terms document names must be unique to the app client.
 *
 * <p>Cognito error type {@code TermsExistsException}, HTTP status 400.
 */
public class TermsExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public TermsExistsException(String message) {
        super("TermsExistsException", 400, message);
    }
}
