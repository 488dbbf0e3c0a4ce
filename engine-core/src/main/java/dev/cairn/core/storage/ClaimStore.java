package dev.cairn.core.storage;

import java.util.List;
import java.util.Optional;

/**
 * Unique keys that span aggregates: usernames, sign-in aliases, app client ids.
 *
 * <p>A claim is made inside the transaction that appends the event declaring it, so two
 * concurrent claims of one key can never both commit.
 */
public interface ClaimStore {

    /**
     * Claims {@code key} of {@code kind} in {@code scope} (a pool id, or "" for global keys) for
     * {@code owner}. Returns false, and changes nothing, when another owner holds the key; true when
     * the key was free or already held by this owner.
     */
    boolean claim(String scope, String kind, String key, String owner);

    /** Releases the key if {@code owner} holds it; otherwise does nothing. */
    void release(String scope, String kind, String key, String owner);

    /** The owner of a key, if claimed. */
    Optional<String> owner(String scope, String kind, String key);

    /** Drops every claim in a scope (a deleted pool). */
    void releaseScope(String scope);

    /** Drops every claim of {@code kind} in {@code scope} that {@code owner} holds (a deleted pool's client ids). */
    void releaseOwner(String scope, String kind, String owner);

    /**
     * Releases {@code released} (each held by its owner), then claims {@code claimed} (each free), in
     * as few statements as the backend can: how a rebuild writes the claims a batch of the log
     * decided (see {@code BufferedClaims}). A claimed key that another owner holds fails.
     */
    default void releaseAndClaim(List<Claim> released, List<Claim> claimed) {
        for (Claim c : released) release(c.scope(), c.kind(), c.key(), c.owner());
        for (Claim c : claimed) {
            if (!claim(c.scope(), c.kind(), c.key(), c.owner())) throw new IllegalStateException("Claim of a taken key: " + c);
        }
    }

    /** Every claim, ordered by scope, kind, key: for export and the rebuild check. */
    List<Claim> all();

    /** One claim. */
    record Claim(String scope, String kind, String key, String owner) {
    }
}
