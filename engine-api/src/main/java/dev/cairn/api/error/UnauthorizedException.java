// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * Exception that is thrown when the request isn't authorized.
 *
 * <p>Cognito error type {@code UnauthorizedException}, HTTP status 400.
 */
public class UnauthorizedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UnauthorizedException(String message) {
        super("UnauthorizedException", 400, message);
    }
}
