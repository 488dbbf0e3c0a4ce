package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.H2Durability;
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
    private final H2FileForce fileForce;

    private H2Dialect(H2FileForce fileForce) {
        this.fileForce = fileForce;
        this.commitHook = fileForce != null ? new GroupSync(fileForce) : CommitHook.NONE;
    }

    /** A dialect for the file database in {@code dataDir} ({@link #fileUrl}) with the given durability. */
    public static H2Dialect file(Path dataDir, H2Durability durability) {
        return new H2Dialect(durability == H2Durability.MACHINE_CRASH ? new H2FileForce(databaseFile(dataDir)) : null);
    }

    /** A dialect for an in-memory database, where there is nothing to make durable. */
    public static H2Dialect inMemory() {
        return new H2Dialect(null);
    }

    /**
     * The URL of the database file {@code cairn.mv.db} in {@code dataDir}. {@code WRITE_DELAY=0}
     * makes every commit write its changes to the file before it returns (H2's default delays that up
     * to half a second, so a crash of the process could lose acknowledged commits); it is a persistent
     * H2 setting, so it is set on every open.
     */
    public static String fileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("cairn") + SETTINGS + ";WRITE_DELAY=0";
    }

    private static Path databaseFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("cairn.mv.db");
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
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } finally {
            if (fileForce != null) closeQuietly(fileForce);
        }
    }

    private static void closeQuietly(H2FileForce sync) {
        try {
            sync.close();
        } catch (java.io.IOException ignored) {
            // the database is shut down; nothing is left to force
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
