// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user tries to confirm the account with an email address or phone number that has already been supplied as an alias for a different user profile.
 *
 * <p>Cognito error type {@code AliasExistsException}, HTTP status 400.
 */
public class AliasExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public AliasExistsException(String message) {
        super("AliasExistsException", 400, message);
    }
}
