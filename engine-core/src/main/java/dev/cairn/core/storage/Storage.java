package dev.cairn.core.storage;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Where the engine keeps its append-only log and the read models derived from it.
 *
 * <p>One implementation per backend (in-memory here, H2 and PostgreSQL in engine-storage-jdbc); the
 * contract suite in engine-test holds them to the same behaviour. Every store takes part in the
 * transaction that {@link #transactionManager()} opens for a unit of work, so an event append, its
 * uniqueness claims and its projection rows commit or roll back together.
 */
public interface Storage extends AutoCloseable {

    /** A short name for logs and test reports, e.g. {@code memory}, {@code h2}, {@code postgresql}. */
    String name();

    /** The event log. Called once, when the engine starts. */
    EventStorageEngine eventStorageEngine(Serializer serializer);

    /** Binds one transaction to each outermost unit of work. */
    TransactionManager transactionManager();

    ClaimStore claims();

    PoolStore pools();

    UserStore users();

    /** The users' confirmed devices. */
    DeviceStore devices();

    /** The users' keys for personal data in the log; not a projection, so {@link #resetProjections()} keeps them. */
    PersonalDataKeyStore personalDataKeys();

    /** An engine-wide value kept beside the log (the engine's key material, see {@code DataKey}), if set. */
    java.util.Optional<String> setting(String name);

    /**
     * Stores {@code value} under {@code name} unless a value is there, and answers the value stored
     * now: when engine nodes sharing a database start together, the first writer wins and every node
     * reads its value. A durable backend keeps it across restarts.
     */
    String settingIfAbsent(String name, String value);

    /** Replaces the value under {@code name} if it is {@code expected} (a null value deletes it); false if it was not. */
    boolean replaceSetting(String name, String expected, String value);

    /**
     * Whether the storage answers a query now: a cheap read that fails when the database is
     * unreachable or closed. Migrations run when a backend is opened, so a ready one is migrated.
     */
    default boolean ready() {
        try {
            setting("cairn.ready");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Reports the duration, in nanoseconds, of each commit that wrote, until it is durable (the
     * database's commit and any forced write to disk after it). Default: a backend without such
     * commits reports nothing.
     */
    default void reportCommitTimes(java.util.function.LongConsumer nanos) {
    }

    /**
     * The log's hash chain, for a backend that links each event it appends to the ones before it
     * (see {@link dev.cairn.core.chain.ChainHash}); empty for one that does not (in memory: a log in
     * the heap is evidence of nothing).
     */
    default java.util.Optional<dev.cairn.core.chain.ChainedLog> chainedLog() {
        return java.util.Optional.empty();
    }

    /** Whether the log holds any event. */
    boolean hasEvents();

    /** Deletes every projection row and claim, keeping the log: the first step of a rebuild. */
    void resetProjections();

    /**
     * Runs a rebuild's writes ({@code work}, on this thread). A backend may commit the transactions
     * this thread opens meanwhile without waiting for each to be durable, as long as everything they
     * wrote is durable when this returns: the projections are derived from the log, so a crash in the
     * middle leaves them to be rebuilt again, never loses an acknowledged write. Default: as it is.
     */
    default <T> T rebuilding(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /**
     * Runs more of a rebuild's writes on another thread than the one in {@link #rebuilding}, while that
     * runs, with the same relaxed durability (made good by {@link #rebuilding} when it returns). A
     * rebuild writes one batch's users here while it folds the next. Default: as it is.
     */
    default <T> T rebuildingToo(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /**
     * Whether a rebuild started on this storage and never finished (a crash, or a failure in its
     * middle): the projections are then incomplete until a rebuild runs to its end. Default: never,
     * for a backend whose rebuild is as durable as its other writes.
     */
    default boolean rebuildUnfinished() {
        return false;
    }

    /** Deletes every event, every personal-data key and every read-model row: for test runs and the local server's reset. */
    void reset();

    @Override
    void close();
}
