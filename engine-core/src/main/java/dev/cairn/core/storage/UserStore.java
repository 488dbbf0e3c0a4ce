package dev.cairn.core.storage;

import java.util.List;
import java.util.Optional;

/**
 * The user read model: one JSON document per user, plus index entries (name, value) that the
 * user projection derives, so that equality and prefix searches (ListUsers filters, group
 * membership) are answered from an index and never by scanning a pool.
 */
public interface UserStore {

    /**
     * Stores the user's document and index entries. {@code previous} are the entries stored with the
     * user's current document, or null for a user not stored yet: the caller knows them from that
     * document, so a store writes only the difference and needs no lookup of a user's entries.
     */
    void put(String poolId, String sub, String document, List<IndexEntry> previous, List<IndexEntry> index);

    Optional<String> get(String poolId, String sub);

    /** Deletes the user and {@code index}, the entries stored with the user's current document. */
    void delete(String poolId, String sub, List<IndexEntry> index);

    /**
     * Stores and deletes many users at once, as {@link #put} and {@link #delete} would one by one, in
     * as few statements as the backend can: how a rebuild writes the users a batch of the log folded.
     * Each user appears once.
     */
    default void writeAll(List<Write> writes) {
        for (Write w : writes) {
            if (w.document() == null) delete(w.poolId(), w.sub(), w.previous());
            else put(w.poolId(), w.sub(), w.document(), w.previous(), w.index());
        }
    }

    /**
     * One user for {@link #writeAll}: stored as {@link #put} takes it, or deleted as {@link #delete}
     * does when {@code document} is null ({@code previous} then being the entries to delete, {@code index} empty).
     */
    record Write(String poolId, String sub, String document, List<IndexEntry> previous, List<IndexEntry> index) {
    }

    /** Deletes every user of a pool. */
    void deletePool(String poolId);

    /**
     * Users with an index entry named {@code name} whose value equals (or starts with, for
     * {@link Match#PREFIX}) {@code value}, ordered by (value, sub), starting strictly after
     * {@code after} when given. Returns at most {@code limit} hits.
     */
    List<Hit> find(String poolId, String name, Match match, String value, Cursor after, int limit);

    /** The number of users in a pool. */
    long count(String poolId);

    /** Every pool id that has users; for export and the rebuild check. */
    List<String> poolIds();

    enum Match { EQUALS, PREFIX }

    record IndexEntry(String name, String value) {
    }

    /** A position in an index: the (value, sub) of the last hit returned. */
    record Cursor(String value, String sub) {
    }

    record Hit(String sub, String value, String document) {
        public Cursor cursor() {
            return new Cursor(value, sub);
        }
    }
}
