package dev.cairn.core.storage;

import java.util.List;
import java.util.Optional;

/**
 * The device read model: one JSON document per confirmed device of a user, kept by the device
 * projection, listed in device key order. The store does not interpret documents.
 */
public interface DeviceStore {

    void put(String poolId, String sub, String deviceKey, String document);

    Optional<String> get(String poolId, String sub, String deviceKey);

    void delete(String poolId, String sub, String deviceKey);

    /** Deletes every device of the user. */
    void deleteUser(String poolId, String sub);

    /** Deletes every device of every user of the pool. */
    void deletePool(String poolId);

    /** Documents of the user's devices whose key sorts after {@code afterDeviceKey} (null: from the start), by key. */
    List<String> list(String poolId, String sub, String afterDeviceKey, int limit);
}
