// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when user pool add-ons aren't enabled.
 *
 * <p>Cognito error type {@code UserPoolAddOnNotEnabledException}, HTTP status 400.
 */
public class UserPoolAddOnNotEnabledException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public UserPoolAddOnNotEnabledException(String message) {
        super("UserPoolAddOnNotEnabledException", 400, message);
    }
}
