package dev.cairn.api.event;

/**
 * A user confirmed a device (ConfirmDevice): its group key, the device's SRP salt and verifier (hex), from which
 * the device's secret cannot be read back, its name, and whether it is remembered from now on.
 */
@EventType("cairn.device.DeviceConfirmed")
public record DeviceConfirmed(String userPoolId, String sub, String deviceKey, String deviceGroupKey, String salt, String verifier, @PersonalData String deviceName,
                              boolean remembered, @PersonalData String lastIpUsed) implements UserEvent {

    @Override
    public String toString() {
        return "DeviceConfirmed[userPoolId=" + userPoolId + ", sub=" + sub + ", deviceKey=" + deviceKey + ", remembered=" + remembered + "]";
    }
}
