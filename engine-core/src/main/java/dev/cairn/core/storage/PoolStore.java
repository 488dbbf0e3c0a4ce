package dev.cairn.core.storage;

import java.util.List;
import java.util.Optional;

/**
 * The user pool read model: one JSON document per pool (settings, clients, groups), kept by the
 * pool projection. The store does not interpret documents.
 */
public interface PoolStore {

    void put(String poolId, String document);

    Optional<String> get(String poolId);

    void delete(String poolId);

    /** Documents of pools whose id sorts after {@code afterPoolId} (null: from the start), by id. */
    List<String> list(String afterPoolId, int limit);
}
