// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when the trust relationship is not valid for the role provided for SMS configuration.
 *
 * <p>Cognito error type {@code InvalidSmsRoleTrustRelationshipException}, HTTP status 400.
 */
public class InvalidSmsRoleTrustRelationshipException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public InvalidSmsRoleTrustRelationshipException(String message) {
        super("InvalidSmsRoleTrustRelationshipException", 400, message);
    }
}
