// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * The message returned when a user's new password matches a previous password and doesn't comply with the password-history policy.
 *
 * <p>Cognito error type {@code PasswordHistoryPolicyViolationException}, HTTP status 400.
 */
public class PasswordHistoryPolicyViolationException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public PasswordHistoryPolicyViolationException(String message) {
        super("PasswordHistoryPolicyViolationException", 400, message);
    }
}
