// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when you've attempted to change your feature plan but the operation isn't permitted.
 *
 * <p>Cognito error type {@code TierChangeNotAllowedException}, HTTP status 400.
 */
public class TierChangeNotAllowedException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public TierChangeNotAllowedException(String message) {
        super("TierChangeNotAllowedException", 400, message);
    }
}
