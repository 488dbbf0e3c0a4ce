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

    /** The users' keys for personal data in the log; not a projection, so {@link #resetProjections()} keeps them. */
    PersonalDataKeyStore personalDataKeys();

    /**
     * The engine's 32-byte master key, which seals secrets (client secrets) before they enter the
     * log. A durable backend persists the key {@code generate} makes on first use and returns the
     * same key on every later start; a host that supplies its own key never calls this.
     */
    byte[] masterKey(java.util.function.Supplier<byte[]> generate);

    /** Deletes every projection row and claim, keeping the log: the first step of a rebuild. */
    void resetProjections();

    /** Deletes every event, every personal-data key and every read-model row: for test runs and the local server's reset. */
    void reset();

    @Override
    void close();
}
