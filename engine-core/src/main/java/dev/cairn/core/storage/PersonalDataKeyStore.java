package dev.cairn.core.storage;

import java.util.Optional;

/**
 * One key per user that seals the user's personal data in the log, itself sealed under the
 * engine's master key. Deleting a user's key erases that user's personal data from the log
 * without rewriting a single event. Keys are not a projection: a rebuild keeps them.
 *
 * <p>Writes take part in the current unit of work's transaction, like the other stores.
 */
public interface PersonalDataKeyStore {

    /** The sealed key of a user, if the user has one that was not erased. */
    Optional<String> find(String userPoolId, String sub);

    /**
     * Stores a user's sealed key unless the user has one already, and returns the one stored: a user
     * has at most one key, whoever asks first.
     */
    String insertIfAbsent(String userPoolId, String sub, String sealedKey);

    /** Destroys a user's key. */
    void delete(String userPoolId, String sub);
}
