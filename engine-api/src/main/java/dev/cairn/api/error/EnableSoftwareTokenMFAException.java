// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when there is a code mismatch and the service fails to configure the software token TOTP multi-factor authentication (MFA).
 *
 * <p>Cognito error type {@code EnableSoftwareTokenMFAException}, HTTP status 400.
 */
public class EnableSoftwareTokenMFAException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public EnableSoftwareTokenMFAException(String message) {
        super("EnableSoftwareTokenMFAException", 400, message);
    }
}
