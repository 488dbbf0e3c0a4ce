package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;
import dev.cairn.storage.jdbc.tx.ConnectionPool;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * H2 2.x, embedded. Strings compare by UTF-16 code units (H2's default, binary collation), exactly as
 * {@link String#compareTo} does. One process owns a database file (H2 locks it), so schema migration
 * needs no lock between processes.
 */
public final class H2Dialect implements Dialect {

    /**
     * Settings on every connection: the database stays open until the storage shuts it down rather than
     * closing with its last connection; KEY and VALUE are column names here, not keywords; a writer
     * waits up to 10 s for a row another transaction holds (a racing uniqueness claim) before failing;
     * each connection keeps its parsed statements (H2 keeps 8 by default, fewer than a request uses).
     */
    private static final String SETTINGS = ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=KEY,VALUE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private final CommitHook commitHook;

    private H2Dialect(CommitHook commitHook) {
        this.commitHook = commitHook;
    }

    /**
     * A dialect for a file database. Its commits are made durable by the storage's commit journal,
     * not by the dialect (see {@code dev.cairn.storage.jdbc.journal.CommitJournal}).
     */
    public static H2Dialect file() {
        return new H2Dialect(CommitHook.NONE);
    }

    /** A dialect for an in-memory database, where there is nothing to make durable. */
    public static H2Dialect inMemory() {
        return new H2Dialect(CommitHook.NONE);
    }

    /**
     * The URL of the database file {@code cairn.mv.db} in {@code dataDir}.
     *
     * <p>{@code WRITE_DELAY=2147483647} (set because H2 persists whatever was set last): H2's
     * background writer never stores; {@code journal.StoreGate} has H2 store what committed every half
     * second instead, between transactions, since H2 storing in the middle of one can leave it half in
     * the file after a crash. Commits are durable before that through the commit journal; writing a
     * chunk per commit instead rewrote every page the commit touched, tens of kilobytes each time.
     * {@code PAGE_SIZE=4096} (for a new file) keeps each rewritten page small against H2's 16 kB.
     *
     * <p>{@code MAX_COMPACT_TIME=10000}: H2 writes a chunk whenever about a megabyte of changed pages
     * has gathered, and inserts at random keys (subs, emails) change pages all over each index, so the
     * file holds several times its live data in superseded pages while open (about 10 kB per user
     * against 2 kB live). Shutting down moves the live pages together for up to 10 s instead of H2's
     * 0.2 s: a pool of tens of thousands of users closes at its live size.
     */
    public static String fileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cairn") + SETTINGS + ";WRITE_DELAY=2147483647;PAGE_SIZE=4096;MAX_COMPACT_TIME=10000";
    }

    public static String memoryUrl(String name) {
        return "jdbc:h2:mem:" + name + SETTINGS;
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public EventTableFactory eventTableFactory() {
        return H2EventTableFactory.INSTANCE;
    }

    @Override
    public String keyType() {
        return "CHARACTER VARYING";
    }

    @Override
    public String documentType() {
        // Inline, up to 10^9 characters; a CLOB would live in H2's separate LOB store.
        return "CHARACTER VARYING";
    }

    @Override
    public String hashType() {
        return "BINARY VARYING(32)";
    }

    @Override
    public String upsert(String table, List<String> keyColumns, List<String> valueColumns) {
        List<String> all = concat(keyColumns, valueColumns);
        return "MERGE INTO " + table + " (" + Dialect.columns(all) + ") KEY (" + Dialect.columns(keyColumns) + ") VALUES ("
                + Dialect.placeholders(all.size()) + ")";
    }

    @Override
    public String insertIfAbsent(String table, List<String> keyColumns, List<String> valueColumns) {
        // H2 reports the existing row as a unique violation; it undoes only the failed statement.
        List<String> all = concat(keyColumns, valueColumns);
        return "INSERT INTO " + table + " (" + Dialect.columns(all) + ") VALUES (" + Dialect.placeholders(all.size()) + ")";
    }

    @Override
    public String prefixEnd(String prefix) {
        return prefix + '\uffff';
    }

    @Override
    public void lockSchema(Connection connection) {
        // H2 locks the database file: no other process can migrate it concurrently.
    }

    @Override
    public void unlockSchema(Connection connection) {
        // see lockSchema
    }

    @Override
    public CommitHook commitHook() {
        return commitHook;
    }

    @Override
    public void shutdown(ConnectionPool.Factory connections) throws SQLException {
        execute(connections, "SHUTDOWN");
    }

    /**
     * {@code SHUTDOWN COMPACT}: H2 copies the live pages into a new file and replaces the old one with
     * it. Unlike the bounded compaction of every shutdown ({@code MAX_COMPACT_TIME}), it always
     * finishes, so a large pool written at random keys closes at its live size.
     */
    @Override
    public void shutdownCompacted(ConnectionPool.Factory connections) throws SQLException {
        execute(connections, "SHUTDOWN COMPACT");
    }

    private static void execute(ConnectionPool.Factory connections, String sql) throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
