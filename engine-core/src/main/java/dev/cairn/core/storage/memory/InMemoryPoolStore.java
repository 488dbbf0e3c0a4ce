package dev.cairn.core.storage.memory;

import dev.cairn.core.storage.PoolStore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

final class InMemoryPoolStore implements PoolStore {

    private final ConcurrentSkipListMap<String, String> pools = new ConcurrentSkipListMap<>();

    @Override
    public void put(String poolId, String document) {
        String previous = pools.put(poolId, document);
        Undo.onRollback(() -> restore(poolId, previous));
    }

    @Override
    public Optional<String> get(String poolId) {
        return Optional.ofNullable(pools.get(poolId));
    }

    @Override
    public void delete(String poolId) {
        String previous = pools.remove(poolId);
        Undo.onRollback(() -> restore(poolId, previous));
    }

    private void restore(String poolId, String document) {
        if (document == null) pools.remove(poolId);
        else pools.put(poolId, document);
    }

    @Override
    public List<String> list(String afterPoolId, int limit) {
        var view = afterPoolId == null ? pools : pools.tailMap(afterPoolId, false);
        return view.values().stream().limit(limit).toList();
    }

    void clear() {
        pools.clear();
    }
}
