// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito isn't allowed to use your email identity.
 *
 * <p>Cognito error type {@code InvalidEmailRoleAccessPolicyException}, HTTP status 400.
 */
public class InvalidEmailRoleAccessPolicyException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidEmailRoleAccessPolicyException(String message) {
        super("InvalidEmailRoleAccessPolicyException", 400, message);
    }
}
