package dev.cairn.core.device;

import dev.cairn.api.event.DeviceConfirmed;
import dev.cairn.api.event.DeviceForgotten;
import dev.cairn.api.event.DeviceStatusUpdated;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserEvent;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.DeviceStore;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Instant;
import java.util.Map;

/**
 * Keeps the device read model: each confirmed device of a user as one document, evolved by
 * {@link DeviceEvolution} as the User aggregate's own state is (and, from the events' metadata,
 * the address of the device's last sign-in), gone with the device, its user or its pool.
 */
public final class DeviceProjection {

    private final DeviceStore devices;

    public DeviceProjection(DeviceStore devices) {
        this.devices = devices;
    }

    /** {@code sourceIp}: where the request came from, as the event's metadata records it; a sign-in with a device makes it last_ip_used. */
    @EventHandler
    void on(UserEvent event, @Timestamp Instant at, @MetaDataValue("sourceIp") String sourceIp) {
        if (event instanceof UserDeleted) {
            devices.deleteUser(event.userPoolId(), event.sub());
            return;
        }
        String key = deviceKey(event);
        if (key == null) return;
        Devices.Device current = devices.get(event.userPoolId(), event.sub(), key).map(d -> Json.read(d, Devices.Device.class)).orElse(null);
        if (current == null && !(event instanceof DeviceConfirmed)) return; // a key never confirmed, or forgotten
        Devices next = DeviceEvolution.apply(current == null ? Devices.NONE : new Devices(Map.of(key, current)), event, at);
        Devices.Device device = next.byKey().get(key);
        if (device != null && event instanceof SignedIn && sourceIp != null) device = withLastIp(device, sourceIp);
        if (device == null) devices.delete(event.userPoolId(), event.sub(), key);
        else devices.put(event.userPoolId(), event.sub(), key, Json.write(device));
    }

    @EventHandler
    void on(UserPoolDeleted event) {
        devices.deletePool(event.userPoolId());
    }

    private static Devices.Device withLastIp(Devices.Device d, String ip) {
        return new Devices.Device(d.deviceKey(), d.deviceGroupKey(), d.confirmed(), d.salt(), d.verifier(), d.name(), d.remembered(), ip,
                d.createdAt(), d.lastModifiedAt(), d.lastAuthenticatedAt());
    }

    /** The device an event is about, or null for events about no confirmed device. */
    private static String deviceKey(UserEvent event) {
        if (event instanceof DeviceConfirmed e) return e.deviceKey();
        if (event instanceof DeviceStatusUpdated e) return e.deviceKey();
        if (event instanceof DeviceForgotten e) return e.deviceKey();
        if (event instanceof SignedIn e) return e.deviceKey();
        return null;
    }
}
