// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * The request failed because the user is in an unsupported state.
 *
 * <p>Cognito error type {@code UnsupportedUserStateException}, HTTP status 400.
 */
public class UnsupportedUserStateException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnsupportedUserStateException(String message) {
        super("UnsupportedUserStateException", 400, message);
    }
}
