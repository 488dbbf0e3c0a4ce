package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.DeviceStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Device documents under {@code pool, sub, device key}, joined by a character no id holds, so a prefix is a pool's or a user's range. */
final class InMemoryDeviceStore implements DeviceStore {

    private static final char SEPARATOR = '\u0001';
    private final ConcurrentSkipListMap<String, String> devices = new ConcurrentSkipListMap<>();

    private static String key(String... parts) {
        return String.join(String.valueOf(SEPARATOR), parts);
    }

    @Override
    public void put(String poolId, String sub, String deviceKey, String document) {
        String k = key(poolId, sub, deviceKey);
        String previous = devices.put(k, document);
        Undo.onRollback(() -> restore(k, previous));
    }

    @Override
    public Optional<String> get(String poolId, String sub, String deviceKey) {
        return Optional.ofNullable(devices.get(key(poolId, sub, deviceKey)));
    }

    @Override
    public void delete(String poolId, String sub, String deviceKey) {
        String k = key(poolId, sub, deviceKey);
        String previous = devices.remove(k);
        Undo.onRollback(() -> restore(k, previous));
    }

    @Override
    public void deleteUser(String poolId, String sub) {
        deleteRange(key(poolId, sub) + SEPARATOR);
    }

    @Override
    public void deletePool(String poolId) {
        deleteRange(poolId + SEPARATOR);
    }

    private void deleteRange(String prefix) {
        for (Map.Entry<String, String> e : new ArrayList<>(range(prefix).entrySet())) {
            devices.remove(e.getKey());
            Undo.onRollback(() -> restore(e.getKey(), e.getValue()));
        }
    }

    private Map<String, String> range(String prefix) {
        return devices.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    @Override
    public List<String> list(String poolId, String sub, String afterDeviceKey, int limit) {
        String prefix = key(poolId, sub) + SEPARATOR;
        var view = afterDeviceKey == null ? range(prefix) : devices.subMap(prefix + afterDeviceKey, false, prefix + Character.MAX_VALUE, false);
        return view.values().stream().limit(limit).toList();
    }

    private void restore(String key, String document) {
        if (document == null) devices.remove(key);
        else devices.put(key, document);
    }

    void clear() {
        devices.clear();
    }
}
