package dev.cairn.storage.jdbc;

import dev.cairn.core.chain.ChainHash;
import dev.cairn.core.chain.ChainHead;
import dev.cairn.core.chain.ChainedLog;
import dev.cairn.core.chain.StoredEvent;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.DeviceStore;
import dev.cairn.core.storage.PersonalDataKeyStore;
import dev.cairn.core.storage.PoolStore;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.UserStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.storage.jdbc.dialect.PostgresDialect;
import dev.cairn.storage.jdbc.journal.CommitJournal;
import dev.cairn.storage.jdbc.schema.EventChainTable;
import dev.cairn.storage.jdbc.schema.Migrations;
import dev.cairn.storage.jdbc.schema.SchemaMigrator;
import dev.cairn.storage.jdbc.tx.ConnectionPool;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Cairn's log and read models in a relational database: H2 embedded in a folder (the default for a
 * single process) or PostgreSQL (production, and several engine nodes sharing one database).
 *
 * <p>Opening a storage migrates the database to the newest schema (see {@link SchemaMigrator}).
 * Each unit of work holds one database transaction, which Axon's {@link JdbcEventStorageEngine}
 * appends to and the claim, pool and user stores write through: a request's events, claims and read
 * model rows commit together or not at all, and {@code UNIQUE(aggregate_identifier, sequence_number)}
 * and the claims' primary key keep concurrent writers, in one process or many, from both winning.
 *
 * <p>A commit is durable when the request returns: PostgreSQL fsyncs its WAL on commit; on H2 files
 * the commit is appended to a {@link CommitJournal} beside the database and, by default, forced to
 * the device (see {@link H2Durability}), while H2 writes its own file in the background.
 */
public final class JdbcStorage implements Storage {

    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(30);
    private static final int H2_CONNECTIONS = 16;
    private static final int POSTGRES_CONNECTIONS = 10;
    /** Present in {@code cairn_meta} while a rebuild runs: left there by a rebuild that did not finish. */
    static final String REBUILDING = "cairn.rebuild.running";

    private final Dialect dialect;
    private final ConnectionPool pool;
    private final ConnectionPool.Factory connections;
    private final JdbcTransactions transactions;
    private final JdbcClaimStore claims;
    private final JdbcPoolStore pools;
    private final JdbcUserStore users;
    private final JdbcDeviceStore devices;
    private final JdbcMeta meta;
    private final JdbcPersonalDataKeyStore personalDataKeys;
    private final Journaling journaling;
    private final CommitJournal journal;

    /** Where an H2 file database keeps its commit journal, and whether the journal forces each commit to the device. */
    private record Journaling(Path dir, boolean force) {
    }

    private JdbcStorage(Dialect dialect, ConnectionPool.Factory connections, int maxConnections, Journaling journaling) {
        this.dialect = dialect;
        this.connections = connections;
        this.pool = new ConnectionPool(connections, maxConnections, ACQUIRE_TIMEOUT);
        this.journaling = journaling;
        try {
            // The journal's records were written against the schema the file had: repeat them before migrating.
            if (journaling != null) CommitJournal.recover(journaling.dir(), connections::open);
            migrate();
            this.journal = journaling == null ? null : CommitJournal.start(journaling.dir(), journaling.force(), connections::open);
        } catch (IOException | SQLException e) {
            pool.close();
            throw new JdbcException("Could not open the " + dialect.name() + " commit journal: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        this.transactions = new JdbcTransactions(pool, dialect.commitHook(), journal);
        this.claims = new JdbcClaimStore(transactions, dialect);
        this.pools = new JdbcPoolStore(transactions, dialect);
        this.users = new JdbcUserStore(transactions, dialect);
        this.devices = new JdbcDeviceStore(transactions, dialect);
        this.meta = new JdbcMeta(transactions, dialect);
        this.personalDataKeys = new JdbcPersonalDataKeyStore(transactions, dialect);
        if (rebuildUnfinished()) {
            LoggerFactory.getLogger(JdbcStorage.class).warn("A rebuild of the projections started on this database and did not finish: "
                    + "users, pools, claims and devices may be missing from them until a rebuild runs to its end "
                    + "(java -jar cairn-server.jar log rebuild, or engine.audit().rebuild)");
        }
    }

    /**
     * The embedded default: an H2 database in {@code dataDir} (created if missing), with every
     * acknowledged write forced to disk ({@link H2Durability#MACHINE_CRASH}). One process at a time
     * may open a folder.
     */
    public static JdbcStorage h2File(Path dataDir) {
        return h2File(dataDir, H2Durability.MACHINE_CRASH);
    }

    /**
     * An H2 database in {@code dataDir} with the given durability. A folder this creates is readable
     * by its owner alone (0700), and the database files in it are made so (0600), where the file
     * system has POSIX permissions: the files hold the log, the read models and, without a master
     * key, the data key.
     */
    public static JdbcStorage h2File(Path dataDir, H2Durability durability) {
        OwnerOnly.createFolder(dataDir);
        String url = H2Dialect.fileUrl(dataDir);
        JdbcStorage storage = new JdbcStorage(H2Dialect.file(), () -> DriverManager.getConnection(url, "sa", ""), H2_CONNECTIONS,
                new Journaling(dataDir, durability == H2Durability.MACHINE_CRASH));
        OwnerOnly.restrictFiles(dataDir);
        return storage;
    }

    /**
     * An H2 database in memory, named so that storages opened with one name in one JVM share it until
     * one of them closes. For tests: nothing survives the process.
     */
    public static JdbcStorage h2InMemory(String name) {
        String url = H2Dialect.memoryUrl(name);
        return new JdbcStorage(H2Dialect.inMemory(), () -> DriverManager.getConnection(url, "sa", ""), H2_CONNECTIONS, null);
    }

    /**
     * A PostgreSQL database, e.g. {@code jdbc:postgresql://db:5432/cairn}; {@code reWriteBatchedInserts=true}
     * is added to the URL so batches travel as one multi-row INSERT. The user needs to create tables
     * on the first start.
     */
    public static JdbcStorage postgres(String jdbcUrl, String user, String password) {
        String url = PostgresDialect.withBatchedInserts(jdbcUrl);
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        props.setProperty("ApplicationName", "cairn");
        return new JdbcStorage(PostgresDialect.INSTANCE, () -> DriverManager.getConnection(url, props), POSTGRES_CONNECTIONS, null);
    }

    private void migrate() {
        try (Connection c = connections.open()) {
            new SchemaMigrator(dialect).migrate(c);
        } catch (SQLException e) {
            throw new JdbcException("Could not migrate the " + dialect.name() + " schema: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return dialect.name();
    }

    @Override
    public EventStorageEngine eventStorageEngine(Serializer serializer) {
        return new JdbcEventLog(JdbcEventStorageEngine.builder()
                .schema(Migrations.EVENT_SCHEMA)
                .connectionProvider(transactions)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer) // never Axon's XStream default
                .persistenceExceptionResolver(Sql::isUniqueViolation)
                .dataType(byte[].class)
                .batchSize(500));
    }

    @Override
    public TransactionManager transactionManager() {
        return transactions;
    }

    @Override
    public ClaimStore claims() {
        return claims;
    }

    @Override
    public PoolStore pools() {
        return pools;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public DeviceStore devices() {
        return devices;
    }

    @Override
    public PersonalDataKeyStore personalDataKeys() {
        return personalDataKeys;
    }

    @Override
    public java.util.Optional<String> setting(String name) {
        return meta.get(name);
    }

    @Override
    public String settingIfAbsent(String name, String value) {
        return meta.putIfAbsent(name, value);
    }

    @Override
    public boolean replaceSetting(String name, String expected, String value) {
        return meta.replace(name, expected, value);
    }

    @Override
    public java.util.Optional<ChainedLog> chainedLog() {
        return java.util.Optional.of(new ChainedLog() {
            @Override
            public ChainHead head() {
                return transactions.read(EventChainTable::head);
            }

            @Override
            public long size() {
                return transactions.read(EventChainTable::size);
            }

            @Override
            public void scan(java.util.function.Consumer<StoredEvent> row) {
                try {
                    EventChainTable.scan(transactions::getConnection, row);
                } catch (SQLException e) {
                    throw new JdbcException("Could not read the log: " + e.getMessage(), e);
                }
            }
        });
    }

    @Override
    public boolean hasEvents() {
        return transactions.write(c -> Sql.one(c, "SELECT 1 FROM domain_event_entry FETCH FIRST 1 ROWS ONLY", rs -> rs.getInt(1)).isPresent());
    }

    @Override
    public void resetProjections() {
        truncate("cairn_claim", "cairn_pool", "cairn_user", "cairn_user_index", "cairn_device");
    }

    @Override
    public void reset() {
        // Restarting the global index keeps a replay from the start free of a long run of gaps.
        truncate("domain_event_entry", "snapshot_event_entry", "cairn_personal_key", "cairn_claim", "cairn_pool", "cairn_user", "cairn_user_index", "cairn_device");
    }

    /**
     * The rebuild's transactions are neither journaled nor waited for (see {@link JdbcTransactions#relaxed});
     * at the end H2 writes and forces its file, then the marker set at the start is removed by an
     * ordinary durable commit (on PostgreSQL, its WAL flush covers every commit before it). A crash
     * in between leaves the marker: the projections are incomplete until a rebuild runs again.
     */
    @Override
    public <T> T rebuilding(java.util.function.Supplier<T> work) {
        String mark = meta.putIfAbsent(REBUILDING, "true");
        T result = transactions.relaxed(work);
        if (journal != null) journal.gate().checkpoint();
        meta.replace(REBUILDING, mark, null);
        return result;
    }

    @Override
    public <T> T rebuildingToo(java.util.function.Supplier<T> work) {
        return transactions.relaxed(work);
    }

    @Override
    public boolean rebuildUnfinished() {
        return meta.get(REBUILDING).isPresent();
    }

    private void truncate(String... tables) {
        transactions.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String t : tables) s.execute("TRUNCATE TABLE " + t + (t.endsWith("_event_entry") ? " RESTART IDENTITY" : ""));
            }
            // An empty log has an empty chain.
            if (List.of(tables).contains("domain_event_entry")) EventChainTable.advance(c, new ChainHead(0, ChainHash.GENESIS));
            return null;
        });
    }

    @Override
    public void reportCommitTimes(java.util.function.LongConsumer nanos) {
        transactions.reportCommitTimes(nanos);
    }

    /** Closes every connection; an embedded database shuts down, writing everything to its file. */
    @Override
    public void close() {
        close(false);
    }

    /**
     * Closes as {@link #close()} does, and an embedded database's file is rewritten to hold only its
     * live data (see {@link Dialect#shutdownCompacted}); for the {@code compact} command, when no
     * engine uses the storage.
     */
    public void closeCompacted() {
        close(true);
    }

    private void close(boolean compacted) {
        pool.close();
        try {
            if (journal != null) journal.close();
            if (compacted) dialect.shutdownCompacted(connections);
            else dialect.shutdown(connections);
            // H2 wrote everything to its file when it shut down: the journal has nothing left to repeat.
            if (journaling != null) CommitJournal.discard(journaling.dir());
        } catch (SQLException | IOException e) {
            throw new JdbcException("Could not shut the " + dialect.name() + " database down: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JdbcStorage[" + dialect.name() + "]";
    }
}
