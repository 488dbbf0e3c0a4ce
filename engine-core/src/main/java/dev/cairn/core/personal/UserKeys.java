package dev.cairn.core.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.PersonalDataKeyStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import javax.crypto.spec.SecretKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The per-user AES-256 keys that seal personal data in the log. A key is made with the user's first
 * event, stored sealed under the master key in the same transaction as that event, and cached once
 * committed. Erasing destroys the stored key; a cached copy goes when the erasure commits (other
 * engine nodes on the same database drop theirs within {@link #CACHE_TTL}).
 */
public final class UserKeys {

    static final Duration CACHE_TTL = Duration.ofMinutes(10);
    /** Keys made in the running unit of work, usable before it commits and cached only if it does. */
    private static final String MADE_IN_THIS_UNIT = "cairn.personal.newKeys";

    private final PersonalDataKeyStore store;
    private final SecretBox master;
    private final RandomGenerator random;
    private final Cache<String, SecretKeySpec> cache;

    public UserKeys(PersonalDataKeyStore store, SecretBox master, RandomGenerator random, long cacheSize) {
        this.store = store;
        this.master = master;
        this.random = random;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(CACHE_TTL).build();
    }

    /** The key to seal a user's data with; made now if the user has none. */
    SecretKeySpec forSealing(String userPoolId, String sub) {
        return find(userPoolId, sub).orElseGet(() -> make(userPoolId, sub));
    }

    /** The key to open a user's data with, or empty once it was erased. */
    Optional<SecretKeySpec> forOpening(String userPoolId, String sub) {
        return find(userPoolId, sub);
    }

    /** Destroys a user's key, in the current unit of work. */
    public void erase(String userPoolId, String sub) {
        String id = id(userPoolId, sub);
        store.delete(userPoolId, sub);
        Map<String, SecretKeySpec> made = madeInThisUnit();
        if (made != null) {
            made.remove(id);
            CurrentUnitOfWork.get().root().afterCommit(u -> cache.invalidate(id));
        }
        cache.invalidate(id);
    }

    /** Forgets every cached key: after the storage was wiped. */
    public void clearCache() {
        cache.invalidateAll();
    }

    private Optional<SecretKeySpec> find(String userPoolId, String sub) {
        String id = id(userPoolId, sub);
        SecretKeySpec key = cache.getIfPresent(id);
        if (key != null) return Optional.of(key);
        Map<String, SecretKeySpec> made = madeInThisUnit();
        if (made != null && made.containsKey(id)) return Optional.of(made.get(id));
        Optional<SecretKeySpec> stored = store.find(userPoolId, sub).map(this::open);
        stored.ifPresent(k -> cache.put(id, k));
        return stored;
    }

    private SecretKeySpec make(String userPoolId, String sub) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String sealed = master.seal(Base64.getEncoder().encodeToString(raw));
        SecretKeySpec key = open(store.insertIfAbsent(userPoolId, sub, sealed));
        String id = id(userPoolId, sub);
        Map<String, SecretKeySpec> made = madeInThisUnit();
        if (made == null) {
            cache.put(id, key);
        } else {
            made.put(id, key);
            CurrentUnitOfWork.get().root().afterCommit(u -> cache.put(id, key));
        }
        return key;
    }

    private SecretKeySpec open(String sealed) {
        return new SecretKeySpec(Base64.getDecoder().decode(master.open(sealed)), "AES");
    }

    private static Map<String, SecretKeySpec> madeInThisUnit() {
        if (!CurrentUnitOfWork.isStarted()) return null;
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(MADE_IN_THIS_UNIT, k -> new HashMap<>());
    }

    private static String id(String userPoolId, String sub) {
        return userPoolId + "/" + sub;
    }
}
