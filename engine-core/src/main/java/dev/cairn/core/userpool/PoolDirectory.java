package dev.cairn.core.userpool;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.PoolStore;

import java.util.List;
import java.util.Optional;

/**
 * Reads pools from the pool read model. Parsing a pool document is the costly part, so the parsed
 * state is kept beside the document it came from and reused while the stored document is the same.
 */
public final class PoolDirectory {

    private record Parsed(String document, UserPoolState state) {
    }

    private final PoolStore store;
    private final Cache<String, Parsed> parsed = Caffeine.newBuilder().maximumSize(1_000).recordStats().build();

    /** The cache, for its hit-rate metrics (it records its statistics); nothing may be put in it from outside. */
    public Cache<?, ?> cache() {
        return parsed;
    }

    public PoolDirectory(PoolStore store) {
        this.store = store;
    }

    public Optional<UserPoolState> find(String poolId) {
        return store.get(poolId).map(doc -> parse(poolId, doc));
    }

    public UserPoolState require(String poolId) {
        return find(poolId).orElseThrow(() -> new ResourceNotFoundException("User pool " + poolId + " does not exist."));
    }

    public List<UserPoolState> list(String afterPoolId, int limit) {
        return store.list(afterPoolId, limit).stream().map(doc -> Json.read(doc, UserPoolState.class)).toList();
    }

    private UserPoolState parse(String poolId, String doc) {
        Parsed p = parsed.getIfPresent(poolId);
        if (p != null && p.document().equals(doc)) return p.state();
        UserPoolState state = Json.read(doc, UserPoolState.class);
        parsed.put(poolId, new Parsed(doc, state));
        return state;
    }

    public void clearCache() {
        parsed.invalidateAll();
    }
}
