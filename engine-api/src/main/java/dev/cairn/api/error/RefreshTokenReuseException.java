// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is throw when your application requests token refresh with a refresh token that has been invalidated by refresh-token rotation.
 *
 * <p>Cognito error type {@code RefreshTokenReuseException}, HTTP status 400.
 */
public class RefreshTokenReuseException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public RefreshTokenReuseException(String message) {
        super("RefreshTokenReuseException", 400, message);
    }
}
