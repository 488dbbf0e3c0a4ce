package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;
import dev.cairn.storage.jdbc.tx.ConnectionPool;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL, possibly shared by several engine nodes. Key columns use the "C" collation, which
 * compares the UTF-8 bytes, i.e. Unicode code points, whatever the database's default collation: the
 * same order as Java's String order except that characters beyond U+FFFF sort after U+E000..U+FFFF
 * instead of before them. Commits are durable when they are acknowledged (see {@link #commitHook()}).
 */
public final class PostgresDialect implements Dialect {

    public static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The advisory lock that serializes schema migrations between nodes ("cairn" in ASCII). */
    private static final long SCHEMA_LOCK = 0x636169726EL;

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public EventTableFactory eventTableFactory() {
        return PostgresEventTableFactory.INSTANCE;
    }

    @Override
    public String keyType() {
        return "TEXT COLLATE \"C\"";
    }

    @Override
    public String documentType() {
        return "TEXT";
    }

    @Override
    public String hashType() {
        return "BYTEA";
    }

    @Override
    public String upsert(String table, List<String> keyColumns, List<String> valueColumns) {
        List<String> all = H2Dialect.concat(keyColumns, valueColumns);
        String set = String.join(", ", valueColumns.stream().map(c -> c + " = EXCLUDED." + c).toList());
        return "INSERT INTO " + table + " (" + Dialect.columns(all) + ") VALUES (" + Dialect.placeholders(all.size()) + ")"
                + " ON CONFLICT (" + Dialect.columns(keyColumns) + ") DO UPDATE SET " + set;
    }

    @Override
    public String insertIfAbsent(String table, List<String> keyColumns, List<String> valueColumns) {
        // A failed INSERT would abort the whole transaction here; ON CONFLICT waits for a racing
        // inserter to finish and then inserts nothing.
        List<String> all = H2Dialect.concat(keyColumns, valueColumns);
        return "INSERT INTO " + table + " (" + Dialect.columns(all) + ") VALUES (" + Dialect.placeholders(all.size()) + ")"
                + " ON CONFLICT (" + Dialect.columns(keyColumns) + ") DO NOTHING";
    }

    @Override
    public String prefixEnd(String prefix) {
        return prefix + "\uDBFF\uDFFF"; // U+10FFFF, the largest code point
    }

    @Override
    public void lockSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
        }
    }

    @Override
    public void unlockSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
        }
    }

    /**
     * A transaction that wrote commits without waiting for its WAL to reach the disk, then a second,
     * empty one on the same connection commits waiting for it ({@code txid_current()} gives it a
     * commit record): the WAL is flushed in order, so when that returns the first is durable too, and
     * only then is the write acknowledged. What this buys: the row locks of the first (the log's chain
     * head, which every append takes) are released at its commit, not after the flush, so concurrent
     * writers flush together (group commit) instead of one after another. A crash in between loses
     * the write, which was never acknowledged; a later write that read it is flushed after it.
     */
    private static final CommitHook FLUSH_AFTER_UNLOCK = new CommitHook() {
        @Override
        public void beforeCommit(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL synchronous_commit TO OFF");
            }
        }

        @Override
        public void afterCommit(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("SET LOCAL synchronous_commit TO ON"); // whatever the server's default
                s.execute("SELECT txid_current()");
            }
            connection.commit();
        }
    };

    @Override
    public CommitHook commitHook() {
        return FLUSH_AFTER_UNLOCK;
    }

    @Override
    public void shutdown(ConnectionPool.Factory connections) {
        // a server outlives its clients
    }

    /** {@code url} with {@code reWriteBatchedInserts=true}, so pgjdbc sends a batch as one multi-row INSERT. */
    public static String withBatchedInserts(String url) {
        if (url.contains("reWriteBatchedInserts=")) return url;
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
}
