package dev.cairn.core.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Axon's aggregate cache over a bounded Caffeine cache. Axon ships none, and its
 * WeakReferenceCache loses entries at every GC.
 */
public final class CaffeineCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> cache;
    private final ConcurrentMap<Object, Object> map;

    public CaffeineCache(long maximumSize) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        this.map = cache.asMap();
    }

    /** The Caffeine cache underneath, for its hit-rate metrics: lookups through {@link #get} count as hits or misses. */
    public com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine() {
        return cache;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <K, V> V get(K key) {
        return (V) cache.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        map.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return map.putIfAbsent(key, value) == null;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) map.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return map.remove(key) != null;
    }

    @Override
    public void removeAll() {
        map.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        map.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        // Nothing in the engine listens to cache entries.
        return () -> true;
    }
}
