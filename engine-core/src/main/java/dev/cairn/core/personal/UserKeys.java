package dev.cairn.core.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.PersonalDataKeyStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

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
 * committed. Erasing replaces the stored key with a tombstone, so no new key is ever made for the
 * user; the cached copy goes when the erasure commits.
 *
 * <p>Other engines on the same database learn of an erasure by reading the store again. Reading one
 * user's events (a history, an aggregate load) reads the user's key from the store
 * ({@link #forOpeningFromStore}), so what any node reads of a user's history reflects every erasure
 * committed before. Elsewhere a cached key lives {@link #CACHE_TTL}, so an erasure is in force on
 * every node within that time; what another node seals meanwhile with a key just destroyed can never
 * be opened again. The cost is one primary-key read per user in use per {@link #CACHE_TTL}.
 */
public final class UserKeys {

    static final Duration CACHE_TTL = Duration.ofMillis(500);
    /** Keys made in the running unit of work, usable before it commits and cached only if it does. */
    private static final String MADE_IN_THIS_UNIT = "cairn.personal.newKeys";

    /** A user's key as the store has it: a key, or erased (key null). Users with neither are not cached. */
    record UserKey(SecretKeySpec key) {
        static final UserKey ERASED = new UserKey(null);

        boolean erased() {
            return key == null;
        }
    }

    private final PersonalDataKeyStore store;
    private final SecretBox master;
    private final RandomGenerator random;
    private final Cache<String, UserKey> cache;

    public UserKeys(PersonalDataKeyStore store, SecretBox master, RandomGenerator random, long cacheSize) {
        this.store = store;
        this.master = master;
        this.random = random;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(CACHE_TTL).recordStats().build();
    }

    /**
     * The key to seal a user's data with: the user's key, made now if the user never had one, or
     * {@link UserKey#ERASED} for an erased user (whose data is then written erased, never sealed anew).
     */
    UserKey forSealing(String userPoolId, String sub) {
        return find(userPoolId, sub).orElseGet(() -> make(userPoolId, sub));
    }

    /**
     * The key for a user's first event, made without looking for one first (the store still keeps
     * an existing key or tombstone if the sub was somehow used before, and that is what is returned).
     */
    UserKey forNewUser(String userPoolId, String sub) {
        return make(userPoolId, sub);
    }

    /**
     * The key to open a user's data with; {@link UserKey#ERASED} once erased; empty for a user who
     * never had one (data written before keys existed, which is in plaintext).
     */
    Optional<UserKey> forOpening(String userPoolId, String sub) {
        return find(userPoolId, sub);
    }

    /** As {@link #forOpening}, but read from the store rather than the cache (and cached anew). */
    Optional<UserKey> forOpeningFromStore(String userPoolId, String sub) {
        cache.invalidate(id(userPoolId, sub));
        return find(userPoolId, sub);
    }

    /**
     * As {@link #forOpeningFromStore} for many users at once ({@code subsByPool}: subs by pool id),
     * read from the store in one call per pool ({@link PersonalDataKeyStore#findAll}) and not cached: a
     * rebuild opens a page of the log at a time.
     * Answers by {@code pool + "/" + sub}; a user who never had a key is absent.
     */
    Map<String, UserKey> forOpeningFromStore(Map<String, ? extends java.util.Collection<String>> subsByPool) {
        Map<String, UserKey> found = new HashMap<>();
        subsByPool.forEach((pool, subs) -> store.findAll(pool, subs).forEach((sub, sealed) -> found.put(id(pool, sub), open(sealed))));
        return found;
    }

    /** Destroys a user's key, in the current unit of work. */
    public void erase(String userPoolId, String sub) {
        String id = id(userPoolId, sub);
        store.erase(userPoolId, sub);
        Map<String, UserKey> made = madeInThisUnit();
        if (made != null) {
            made.put(id, UserKey.ERASED);
            CurrentUnitOfWork.get().root().afterCommit(u -> cache.invalidate(id));
        }
        cache.invalidate(id);
    }

    /** Whether a user's key was erased. */
    public boolean erased(String userPoolId, String sub) {
        return find(userPoolId, sub).map(UserKey::erased).orElse(false);
    }

    /** The cache, for its hit-rate metrics (it records its statistics); nothing may be put in it from outside. */
    public Cache<?, ?> cache() {
        return cache;
    }

    /** Forgets every cached key: after the storage was wiped. */
    public void clearCache() {
        cache.invalidateAll();
    }

    private Optional<UserKey> find(String userPoolId, String sub) {
        String id = id(userPoolId, sub);
        Map<String, UserKey> made = madeInThisUnit();
        if (made != null && made.containsKey(id)) return Optional.of(made.get(id));
        // Loading through the cache (not get-then-put) lets an erasure's invalidation wait for a load
        // in flight and drop its result, so a key read just before an erasure is not cached after it.
        return Optional.ofNullable(cache.get(id, k -> store.find(userPoolId, sub).map(this::open).orElse(null)));
    }

    private UserKey make(String userPoolId, String sub) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String sealed = master.seal(Base64.getEncoder().encodeToString(raw));
        UserKey key = open(store.insertIfAbsent(userPoolId, sub, sealed));
        String id = id(userPoolId, sub);
        Map<String, UserKey> made = madeInThisUnit();
        if (made == null) {
            cache.put(id, key);
        } else {
            made.put(id, key);
            CurrentUnitOfWork.get().root().afterCommit(u -> cache.put(id, key));
        }
        return key;
    }

    private UserKey open(String sealed) {
        if (PersonalDataKeyStore.ERASED.equals(sealed)) return UserKey.ERASED;
        return new UserKey(new SecretKeySpec(Base64.getDecoder().decode(master.open(sealed)), "AES"));
    }

    private static Map<String, UserKey> madeInThisUnit() {
        if (!CurrentUnitOfWork.isStarted()) return null;
        return CurrentUnitOfWork.get().root().getOrComputeResource(MADE_IN_THIS_UNIT, k -> new HashMap<>());
    }

    static String id(String userPoolId, String sub) {
        return userPoolId + "/" + sub;
    }
}
