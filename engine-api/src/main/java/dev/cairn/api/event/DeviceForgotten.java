package dev.cairn.api.event;

/** A device was forgotten (ForgetDevice, AdminForgetDevice): its key signs in no more, and refresh tokens bound to it die. */
@EventType("cairn.device.DeviceForgotten")
public record DeviceForgotten(String userPoolId, String sub, String deviceKey) implements UserEvent {
}
