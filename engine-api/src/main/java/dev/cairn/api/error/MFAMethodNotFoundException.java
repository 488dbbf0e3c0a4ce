// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when Amazon Cognito can't find a multi-factor authentication (MFA) method.
 *
 * <p>Cognito error type {@code MFAMethodNotFoundException}, HTTP status 400.
 */
public class MFAMethodNotFoundException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public MFAMethodNotFoundException(String message) {
        super("MFAMethodNotFoundException", 400, message);
    }
}
