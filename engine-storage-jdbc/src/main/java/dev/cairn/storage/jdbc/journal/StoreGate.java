package dev.cairn.storage.jdbc.journal;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Has H2 write its file only while no transaction is open, so that every version H2 stores, and
 * so the one it opens after a crash, holds whole transactions: the commit journal's recovery
 * ({@link CommitJournal#recover}) repeats the commits after the file's mark on exactly that state.
 *
 * <p>Why H2's own writer cannot be left to it: H2 2.5 writes a version of its file by taking the
 * root of each B-tree map one after the other while transactions go on writing. A version taken in
 * the middle of a transaction can then hold a row it wrote without the undo record that would roll
 * it back, or, in the middle of a commit, hold entries still marked as the transaction's after the
 * commit cleared its undo log. After a crash H2 opens that version: such entries stay locked by a
 * transaction that no longer exists, or read as absent, and repeating the journal fails on them
 * ("Concurrent update in table ...", a duplicate key), while a row of a transaction that never
 * committed may stay. {@code H2CrashLoop} (test sources) reproduced it in 3 kills of 20 with eight
 * writing threads, and in none of 70 with this gate.
 *
 * <p>So H2's background writer is switched off ({@code WRITE_DELAY} at its maximum, see
 * {@code H2Dialect.fileUrl}) and this gate does its work: a thread that, every {@value #TICK_MILLIS}
 * ms, waits until no transaction is open, keeps new ones from starting, runs the housekeeping H2's
 * own thread would (rewriting sparse chunks, moving chunks to shrink the file) and has H2 store a
 * version every {@value #STORE_EVERY_MILLIS} ms (H2's default delay), or sooner once
 * {@value #STORE_AT_UNSAVED_BYTES} bytes of changed pages wait (below the 14 MB at which H2 stores
 * after a commit and the 19 MB at which it stores from a writing thread), then lets transactions go
 * on. Only taking the roots and the housekeeping happen inside: H2 serializes and writes the pages
 * on its serialization thread afterwards, from the roots taken. Every transaction
 * on the database passes the gate ({@link #enter}, {@link #exit}): {@code JdbcTransactions} enters
 * when it starts one, and leaves when it has committed or rolled back.
 */
public final class StoreGate implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreGate.class);
    static final long TICK_MILLIS = 166;
    static final long STORE_EVERY_MILLIS = 500;
    static final int STORE_AT_UNSAVED_BYTES = 8 << 20;
    static final long DRAIN_MILLIS = 10_000;

    private final MVStore store;
    private final Method housekeeping;
    private final Object lock = new Object();
    private final ThreadLocal<int[]> heldHere = ThreadLocal.withInitial(() -> new int[1]);
    private final Thread writer;
    private int open;
    private boolean storing;
    private boolean wakeUp;
    private volatile boolean closed;
    private long lastStore = System.nanoTime();
    private long holds;
    private long longestHold;

    private StoreGate(MVStore store) {
        this.store = store;
        this.housekeeping = housekeeping();
        this.writer = new Thread(this::run, "cairn-h2-store");
        writer.setDaemon(true);
        writer.start();
    }

    /** Starts the gate of the H2 file database {@code connection} is open on. */
    static StoreGate start(Connection connection) throws SQLException {
        return new StoreGate(storeOf(connection));
    }

    /** The store of the H2 file database {@code connection} is open on. */
    static MVStore storeOf(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (store.getFileStore() == null) throw new IllegalArgumentException("Not an H2 file database");
        return store;
    }

    /**
     * A transaction starts: waits while H2 takes a version. A thread already inside (a transaction
     * of its own open) passes at once, so it cannot wait for itself.
     */
    public void enter() {
        int[] here = heldHere.get();
        synchronized (lock) {
            while (storing && here[0] == 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while H2 was writing its file", e);
                }
            }
            open++;
        }
        here[0]++;
    }

    /** The transaction that {@link #enter}ed on this thread committed or rolled back. */
    public void exit() {
        int[] here = heldHere.get();
        if (here[0] > 0) here[0]--;
        synchronized (lock) {
            if (--open == 0 && storing) lock.notifyAll();
        }
        if (store.getUnsavedMemory() > STORE_AT_UNSAVED_BYTES) wake();
    }

    /**
     * Has H2 write every change so far to its file and force it to the device (the journal's
     * checkpoint): the version is taken with no transaction open, the force happens outside. Not
     * from a thread with a transaction open: it would wait for itself.
     */
    public void checkpoint() {
        if (heldHere.get()[0] > 0) throw new IllegalStateException("A checkpoint cannot wait for the transaction open on its own thread");
        if (!whileClosed(store::commit)) throw new IllegalStateException("Transactions stayed open: H2 did not write its file");
        store.sync();
    }

    /** How many times transactions were held back for H2 to store or keep house, and the longest, for the log. */
    public String statistics() {
        synchronized (lock) {
            return holds + " times transactions were held back, longest " + TimeUnit.NANOSECONDS.toMicros(longestHold) + " µs";
        }
    }

    @Override
    public void close() {
        closed = true;
        wake();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("H2 wrote its file between transactions: {}", statistics());
    }

    private void wake() {
        synchronized (lock) {
            wakeUp = true;
            lock.notifyAll();
        }
    }

    private void run() {
        while (!closed) {
            synchronized (lock) {
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
                try {
                    for (long left = TICK_MILLIS; !wakeUp && !closed && left > 0; left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())) {
                        lock.wait(left);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                wakeUp = false;
            }
            if (closed || store.isClosed()) return;
            try {
                whileClosed(() -> {
                    long now = System.nanoTime();
                    if (now - lastStore >= TimeUnit.MILLISECONDS.toNanos(STORE_EVERY_MILLIS) || store.getUnsavedMemory() > STORE_AT_UNSAVED_BYTES) {
                        lastStore = now;
                        if (store.hasUnsavedChanges()) store.tryCommit();
                    }
                    houseKeep();
                });
            } catch (RuntimeException e) {
                if (closed || store.isClosed()) return;
                LOG.warn("H2 could not write its file in the background (the commit journal keeps every commit): {}", e.toString());
            }
        }
    }

    /**
     * Runs {@code work} while no transaction is open and none can start. Gives up, and lets waiting
     * transactions go on, if the open ones do not end within {@value #DRAIN_MILLIS} ms: a transaction
     * left open by mistake must not stop every writer; H2 then writes its file later (the journal
     * keeps every commit meanwhile).
     */
    private boolean whileClosed(Runnable work) {
        long start;
        synchronized (lock) {
            while (storing) waitUninterruptibly(0);
            storing = true;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
            for (long left = DRAIN_MILLIS; open > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                if (left <= 0) {
                    storing = false;
                    lock.notifyAll();
                    LOG.warn("H2 did not write its file: {} transaction(s) stayed open for {} ms", open, DRAIN_MILLIS);
                    return false;
                }
                waitUninterruptibly(left);
            }
            start = System.nanoTime();
        }
        try {
            work.run();
            return true;
        } finally {
            synchronized (lock) {
                storing = false;
                holds++;
                longestHold = Math.max(longestHold, System.nanoTime() - start);
                lock.notifyAll();
            }
        }
    }

    private void waitUninterruptibly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for open transactions to end", e);
        }
    }

    /** What H2's background writer does besides storing: rewrite sparse chunks, move chunks to shrink the file. */
    private void houseKeep() {
        try {
            housekeeping.invoke(store.getFileStore());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * H2's background housekeeping, {@code FileStore.writeInBackground()}, which is not public. Found
     * when the gate starts, so an H2 upgrade that renames it fails every test that opens a file
     * database instead of silently leaving the file to grow.
     */
    private static Method housekeeping() {
        try {
            Method m = FileStore.class.getDeclaredMethod("writeInBackground");
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("This H2 version has no FileStore.writeInBackground(); Cairn's H2 store gate needs it", e);
        }
    }
}
