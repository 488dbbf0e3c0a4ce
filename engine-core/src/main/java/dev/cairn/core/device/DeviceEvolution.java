package dev.cairn.core.device;

import dev.cairn.api.event.DeviceConfirmed;
import dev.cairn.api.event.DeviceForgotten;
import dev.cairn.api.event.DeviceKeyIssued;
import dev.cairn.api.event.DeviceStatusUpdated;
import dev.cairn.api.event.SignedIn;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How device events (and sign-ins from a device) change a user's {@link Devices}: the only place
 * that does. An event about a device the state does not hold (the user read model holds none; the
 * device projection holds one device at a time) leaves it as it is.
 */
public final class DeviceEvolution {

    private DeviceEvolution() {
    }

    public static boolean handles(Object event) {
        return event instanceof DeviceKeyIssued || event instanceof DeviceConfirmed || event instanceof DeviceStatusUpdated
                || event instanceof DeviceForgotten;
    }

    public static Devices apply(Devices s, Object event, Instant at) {
        Map<String, Devices.Device> next = new LinkedHashMap<>(s.byKey());
        if (event instanceof DeviceKeyIssued e) {
            next.put(e.deviceKey(), new Devices.Device(e.deviceKey(), e.deviceGroupKey(), false, null, null, null, false, null, at, at, null));
            long unconfirmed = next.values().stream().filter(d -> !d.confirmed()).count();
            for (var it = next.values().iterator(); unconfirmed > Devices.MAX_UNCONFIRMED && it.hasNext(); ) {
                if (!it.next().confirmed()) {
                    it.remove();
                    unconfirmed--;
                }
            }
        } else if (event instanceof DeviceConfirmed e) {
            next.put(e.deviceKey(), new Devices.Device(e.deviceKey(), e.deviceGroupKey(), true, e.salt(), e.verifier(), e.deviceName(),
                    e.remembered(), e.lastIpUsed(), at, at, null));
        } else if (event instanceof DeviceStatusUpdated e && next.containsKey(e.deviceKey())) {
            Devices.Device d = next.get(e.deviceKey());
            next.put(e.deviceKey(), new Devices.Device(d.deviceKey(), d.deviceGroupKey(), d.confirmed(), d.salt(), d.verifier(), d.name(),
                    e.remembered(), d.lastIpUsed(), d.createdAt(), at, d.lastAuthenticatedAt()));
        } else if (event instanceof DeviceForgotten e) {
            next.remove(e.deviceKey());
        } else if (event instanceof SignedIn e && e.deviceKey() != null && next.containsKey(e.deviceKey())) {
            Devices.Device d = next.get(e.deviceKey());
            next.put(e.deviceKey(), new Devices.Device(d.deviceKey(), d.deviceGroupKey(), d.confirmed(), d.salt(), d.verifier(), d.name(),
                    d.remembered(), d.lastIpUsed(), d.createdAt(), d.lastModifiedAt(), at));
        } else {
            return s;
        }
        return new Devices(next);
    }
}
