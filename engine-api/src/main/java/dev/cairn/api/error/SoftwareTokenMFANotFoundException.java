// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the software token time-based one-time password (TOTP) multi-factor authentication (MFA) isn't activated for the user pool.
 *
 * <p>Cognito error type {@code SoftwareTokenMFANotFoundException}, HTTP status 400.
 */
public class SoftwareTokenMFANotFoundException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public SoftwareTokenMFANotFoundException(String message) {
        super("SoftwareTokenMFANotFoundException", 400, message);
    }
}
