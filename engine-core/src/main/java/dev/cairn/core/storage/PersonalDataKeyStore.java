package dev.cairn.core.storage;

import java.util.Optional;

/**
 * One key per user that seals the user's personal data in the log, itself sealed under the
 * engine's master key. Erasing a user's key (it leaves a tombstone, {@link #ERASED}) erases that
 * user's personal data from the log without rewriting a single event; the tombstone keeps a new
 * key from ever being made for that user. Keys are not a projection: a rebuild keeps them.
 *
 * <p>Writes take part in the current unit of work's transaction, like the other stores.
 */
public interface PersonalDataKeyStore {

    /** What {@link #find} answers for a user whose key was erased. */
    String ERASED = "";

    /** The sealed key of a user, {@link #ERASED} once erased, empty if the user never had one. */
    Optional<String> find(String userPoolId, String sub);

    /**
     * The sealed keys of many users of one pool at once, as {@link #find} answers each (users without
     * a key are absent from the map): a rebuild opens a page of the log with one read, not one per user.
     */
    default java.util.Map<String, String> findAll(String userPoolId, java.util.Collection<String> subs) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (String sub : subs) find(userPoolId, sub).ifPresent(k -> found.put(sub, k));
        return found;
    }

    /**
     * Stores a user's sealed key unless the user has one already, and returns the one stored: a user
     * has at most one key, whoever asks first.
     */
    String insertIfAbsent(String userPoolId, String sub, String sealedKey);

    /** Destroys a user's key, leaving {@link #ERASED} in its place (also for a user who never had one). */
    void erase(String userPoolId, String sub);
}
