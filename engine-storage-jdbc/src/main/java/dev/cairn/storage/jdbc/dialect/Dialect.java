package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;
import dev.cairn.storage.jdbc.tx.ConnectionPool;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the databases Cairn stores in. Everything else (the tables, the queries, the
 * order of rows) is the same on every dialect; the contract suite holds them to that.
 */
public interface Dialect {

    /** {@code h2} or {@code postgresql}. */
    String name();

    /** Creates Axon's event and snapshot tables. */
    EventTableFactory eventTableFactory();

    /**
     * The column type of keys and index values: text that compares and sorts by its characters'
     * codes, never by a locale's collation, so {@code ORDER BY} agrees with Java's String order.
     */
    String keyType();

    /** The column type of JSON documents, which may be large. */
    String documentType();

    /** The column type of a SHA-256 hash: 32 bytes. */
    String hashType();

    /** An INSERT that replaces the value columns when a row with these key columns exists. */
    String upsert(String table, List<String> keyColumns, List<String> valueColumns);

    /**
     * An INSERT that inserts nothing when a row with these key columns exists. Depending on the
     * dialect, the existing row shows as zero rows inserted or as a unique violation that leaves the
     * transaction usable; callers treat both as "present".
     */
    String insertIfAbsent(String table, List<String> keyColumns, List<String> valueColumns);

    /**
     * A string greater than every string that starts with {@code prefix} in this database's order,
     * and smaller than every other string greater than the prefix, except strings that continue the
     * prefix with this dialect's largest character (a Unicode noncharacter, never in real data).
     */
    String prefixEnd(String prefix);

    /** Keeps other processes from migrating the schema until {@link #unlockSchema}; a no-op where one process owns the database. */
    void lockSchema(Connection connection) throws SQLException;

    void unlockSchema(Connection connection) throws SQLException;

    /** What must happen after a commit before it is acknowledged. */
    CommitHook commitHook();

    /** Releases the database when the storage has closed its connections (an embedded database shuts down). */
    void shutdown(ConnectionPool.Factory connections) throws SQLException;

    /**
     * As {@link #shutdown}, rewriting an embedded database's file to hold its live data only, however
     * long that takes. A server database is left as it is (its own vacuum reclaims space).
     */
    default void shutdownCompacted(ConnectionPool.Factory connections) throws SQLException {
        shutdown(connections);
    }

    /** A comma-separated list of columns, for building SQL. */
    static String columns(List<String> columns) {
        return String.join(", ", columns);
    }

    /** "?, ?, ?" for {@code n} columns. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
