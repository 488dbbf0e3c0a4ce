package dev.cairn.storage.jdbc.journal;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Durable commits for an embedded H2 database at the cost of an append to a file, instead of H2
 * writing a new chunk of its file (every B-tree page the transaction touched, and their parents)
 * for each commit.
 *
 * <p>H2 keeps committed transactions in memory and writes them to its file in the background. Each
 * transaction that wrote is committed here ({@link #commit}): in one critical section, its sequence
 * number is written to {@code cairn_meta} in the transaction itself, the transaction commits, and its
 * write statements with their parameters are appended to the journal, so the journal's order is the
 * commit order. Outside it, the caller waits for a force of the journal that covers its record,
 * shared with every commit appended meanwhile. Only then is the commit acknowledged.
 *
 * <p>After a crash, H2's file holds every transaction up to some sequence number, as one consistent
 * version, because H2 writes its file only while no transaction is open ({@link StoreGate});
 * {@link #recover} executes the journal's later records again, in order, on that state,
 * which repeats exactly what they did (the statements' parameters are what ran; only identity values
 * the database generates may come out different). Every few seconds, and when the journal grows
 * large, a checkpoint starts a new segment, has H2 write and force its file, and deletes the older
 * segments.
 */
public final class CommitJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommitJournal.class);
    static final String SEQUENCE_KEY = "cairn.journal.sequence";
    private static final String MARK = "UPDATE cairn_meta SET value = ? WHERE key = '" + SEQUENCE_KEY + "'";
    private static final long CHECKPOINT_EVERY_MILLIS = 10_000;
    private static final long CHECKPOINT_AT_BYTES = 64L << 20;

    /** Opens a new physical connection to the database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Object commitLock = new Object();
    private final JournalFiles files;
    private final StoreGate gate;
    private final ScheduledExecutorService checkpointer;
    private final AtomicBoolean checkpointDue = new AtomicBoolean();
    private long sequence;
    private volatile long lastCheckpointed;

    private CommitJournal(JournalFiles files, StoreGate gate, long sequence) {
        this.files = files;
        this.gate = gate;
        this.sequence = sequence;
        this.lastCheckpointed = sequence;
        this.checkpointer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cairn-journal-checkpoint");
            t.setDaemon(true);
            return t;
        });
        checkpointer.scheduleWithFixedDelay(this::checkpointQuietly, CHECKPOINT_EVERY_MILLIS, CHECKPOINT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Executes the records of the journal in {@code dir} that the database lacks, has H2 write and
     * force its file, and deletes the journal. Runs before anything else opens the database.
     *
     * @return how many commits were repeated
     */
    public static long recover(Path dir, Connections connections) throws IOException, SQLException {
        if (JournalFiles.segments(dir).isEmpty()) return 0;
        long[] counts = new long[2];
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            MVStore store = StoreGate.storeOf(c);
            long persisted = markedSequence(c);
            long[] expected = {persisted + 1};
            JournalFiles.read(dir, bytes -> {
                RecordCodec.Entry entry = RecordCodec.decode(bytes);
                if (entry.sequence() <= persisted) return;
                if (entry.sequence() != expected[0]) {
                    throw new IOException("The commit journal jumps from commit " + (expected[0] - 1) + " to " + entry.sequence());
                }
                for (Write w : entry.writes()) execute(c, w);
                mark(c, entry.sequence());
                c.commit();
                // Stored here, between commits, before H2 would store from inside the next one (see StoreGate).
                if (store.getUnsavedMemory() > StoreGate.STORE_AT_UNSAVED_BYTES) store.commit();
                expected[0]++;
                counts[0]++;
            });
            c.setAutoCommit(true);
            checkpoint(c);
            counts[1] = persisted;
        }
        JournalFiles.deleteAll(dir);
        if (counts[0] > 0) LOG.info("Repeated {} commits from the commit journal after commit {}", counts[0], counts[1]);
        return counts[0];
    }

    /**
     * Starts journaling into {@code dir}, after {@link #recover} and the schema migration, and the
     * {@link StoreGate} that has H2 write its file between transactions.
     */
    public static CommitJournal start(Path dir, boolean force, Connections connections) throws IOException, SQLException {
        long sequence;
        StoreGate gate;
        try (Connection c = connections.open()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cairn_meta (key, value) SELECT ?, '0' WHERE NOT EXISTS "
                    + "(SELECT 1 FROM cairn_meta WHERE key = ?)")) {
                s.setString(1, SEQUENCE_KEY);
                s.setString(2, SEQUENCE_KEY);
                s.executeUpdate();
            }
            sequence = markedSequence(c);
            checkpoint(c); // the schema and the mark are in the file before any record refers to them
            gate = StoreGate.start(c);
        }
        return new CommitJournal(JournalFiles.create(dir, force), gate, sequence);
    }

    /**
     * Commits the transaction on {@code physical}, whose write statements were {@code writes}, and
     * returns once the commit is durable.
     */
    public void commit(Connection physical, List<Write> writes) throws SQLException {
        byte[] record = RecordCodec.encode(writes);
        long ticket;
        synchronized (commitLock) {
            long next = sequence + 1;
            mark(physical, next);
            physical.commit();
            sequence = next;
            RecordCodec.setSequence(record, next);
            try {
                ticket = files.append(record);
            } catch (IOException e) {
                throw new SQLException("Committed, but could not write the commit journal: " + e.getMessage(), e);
            }
        }
        try {
            files.sync(ticket);
        } catch (IOException e) {
            throw new SQLException("Committed, but could not force the commit journal to disk: " + e.getMessage(), e);
        }
        if (files.activeSize() > CHECKPOINT_AT_BYTES && checkpointDue.compareAndSet(false, true)) {
            checkpointer.execute(this::checkpointQuietly);
        }
    }

    /** A new segment, H2's file written and forced, then the older segments deleted. */
    void checkpoint() throws IOException {
        int segment;
        long through;
        synchronized (commitLock) {
            through = sequence;
            if (through == lastCheckpointed) return;
            segment = files.rotate();
        }
        gate.checkpoint();
        files.deleteBefore(segment);
        lastCheckpointed = through;
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Commit journal checkpoint failed (the journal keeps every commit until one succeeds): {}", e.getMessage());
        } finally {
            checkpointDue.set(false);
        }
    }

    /** The gate every transaction on the database passes (see {@link StoreGate}). */
    public StoreGate gate() {
        return gate;
    }

    /** Stops checkpointing and H2's writing between transactions, and closes the journal; its files stay until the database is shut down. */
    @Override
    public void close() throws IOException {
        checkpointer.shutdownNow();
        try {
            checkpointer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gate.close();
        files.close();
    }

    /** Deletes the journal in {@code dir}: after H2 shut down, having written everything to its file. */
    public static void discard(Path dir) throws IOException {
        JournalFiles.deleteAll(dir);
    }

    private static void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private static long markedSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM cairn_meta WHERE key = ?")) {
            s.setString(1, SEQUENCE_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    private static void mark(Connection c, long sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(MARK)) {
            s.setString(1, Long.toString(sequence));
            if (s.executeUpdate() != 1) throw new SQLException("The commit journal's mark is missing from cairn_meta");
        }
    }

    private static void execute(Connection c, Write w) throws SQLException {
        if (w.rows().isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute(w.sql());
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement(w.sql())) {
            for (Object[] row : w.rows()) {
                for (int i = 0; i < row.length; i++) s.setObject(i + 1, row[i]);
                if (w.rows().size() == 1) {
                    s.executeUpdate();
                } else {
                    s.addBatch();
                }
            }
            if (w.rows().size() > 1) s.executeBatch();
        }
    }
}
