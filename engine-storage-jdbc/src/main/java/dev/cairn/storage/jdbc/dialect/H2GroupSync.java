package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Forces H2's committed changes to disk before a commit is acknowledged, sharing one fsync among
 * every commit that finished before it started (group commit).
 *
 * <p>H2's MVStore never calls fsync on commit: a commit is written to the file at the latest after
 * WRITE_DELAY, and then sits in the operating system's page cache. {@code CHECKPOINT SYNC} writes
 * every pending change and forces the file to the device. One such sync costs a few milliseconds on
 * a typical virtual disk, so committing threads queue behind the sync in progress and the next sync
 * covers all of them: under load the cost per commit falls with the number of concurrent commits.
 */
final class H2GroupSync implements CommitHook {

    private final Object lock = new Object();
    private long committed;
    private long synced;
    private boolean syncing;

    @Override
    public void afterCommit(Connection connection) throws SQLException {
        long ticket;
        synchronized (lock) {
            ticket = ++committed;
        }
        while (true) {
            long covers;
            synchronized (lock) {
                while (syncing && synced < ticket) await();
                if (synced >= ticket) return;
                syncing = true;
                covers = committed;
            }
            boolean done = false;
            try (Statement s = connection.createStatement()) {
                s.execute("CHECKPOINT SYNC");
                done = true;
            } finally {
                synchronized (lock) {
                    syncing = false;
                    if (done) synced = Math.max(synced, covers);
                    lock.notifyAll();
                }
            }
        }
    }

    private void await() throws SQLException {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the commit to reach the disk", e);
        }
    }
}
