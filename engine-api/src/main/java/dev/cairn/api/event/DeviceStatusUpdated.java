package dev.cairn.api.event;

/** A device was marked remembered or not remembered (UpdateDeviceStatus, AdminUpdateDeviceStatus). */
@EventType("cairn.device.DeviceStatusUpdated")
public record DeviceStatusUpdated(String userPoolId, String sub, String deviceKey, boolean remembered) implements UserEvent {
}
