// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a feature you attempted to configure isn't available in your current feature plan.
 *
 * <p>Cognito error type {@code FeatureUnavailableInTierException}, HTTP status 400.
 */
public class FeatureUnavailableInTierException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public FeatureUnavailableInTierException(String message) {
        super("FeatureUnavailableInTierException", 400, message);
    }
}
