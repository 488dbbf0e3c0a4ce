package dev.cairn.api.event;

/**
 * A sign-in from a device the pool did not know yet answered NewDeviceMetadata: the device's key
 * ({@code <region>_<uuid>}) and group key, for the client to confirm the device with.
 */
@EventType("cairn.device.DeviceKeyIssued")
public record DeviceKeyIssued(String userPoolId, String sub, String deviceKey, String deviceGroupKey) implements UserEvent {
}
