// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when WAF doesn't allow your request based on a web ACL that's associated with your user pool.
 *
 * <p>Cognito error type {@code ForbiddenException}, HTTP status 400.
 */
public class ForbiddenException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public ForbiddenException(String message) {
        super("ForbiddenException", 400, message);
    }
}
