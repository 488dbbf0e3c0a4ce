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

    /** Deletes every event and every read-model row: for test runs and the local server's reset. */
    void reset();

    @Override
    void close();
}
