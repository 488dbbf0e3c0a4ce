package dev.cairn.core.device;

import java.time.Instant;
import java.util.Map;

/**
 * A user's devices as its events made them, by device key in the order they were issued: keys
 * issued with NewDeviceMetadata and not confirmed yet, and confirmed devices with their SRP
 * verifier (what a password verifier is to a password), name, remembered status and use.
 * Immutable; {@link DeviceEvolution} makes the next state.
 */
public record Devices(Map<String, Device> byKey) {

    public static final Devices NONE = new Devices(Map.of());
    /** Issued keys never confirmed are kept up to this many per user, the oldest dropped first. */
    static final int MAX_UNCONFIRMED = 10;

    public record Device(String deviceKey, String deviceGroupKey, boolean confirmed, String salt, String verifier, String name,
                         boolean remembered, String lastIpUsed, Instant createdAt, Instant lastModifiedAt, Instant lastAuthenticatedAt) {
    }

    public Devices {
        byKey = byKey == null ? Map.of() : byKey;
    }

    /** The confirmed device of this key, or null. */
    public Device confirmed(String deviceKey) {
        Device d = deviceKey == null ? null : byKey.get(deviceKey);
        return d != null && d.confirmed() ? d : null;
    }
}
