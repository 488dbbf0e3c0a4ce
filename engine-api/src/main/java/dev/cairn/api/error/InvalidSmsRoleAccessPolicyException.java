// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is returned when the role provided for SMS configuration doesn't have permission to publish using Amazon SNS.
 *
 * <p>Cognito error type {@code InvalidSmsRoleAccessPolicyException}, HTTP status 400.
 */
public class InvalidSmsRoleAccessPolicyException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidSmsRoleAccessPolicyException(String message) {
        super("InvalidSmsRoleAccessPolicyException", 400, message);
    }
}
