// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.error;

/**
 * This exception is thrown when a user attempts to confirm a device with a device key that already exists.
 *
 * <p>Cognito error type {@code DeviceKeyExistsException}, HTTP status 400.
 */
public class DeviceKeyExistsException extends CognitoException {

    /** Creates the error with Cognito's message. */
    public DeviceKeyExistsException(String message) {
        super("DeviceKeyExistsException", 400, message);
    }
}
