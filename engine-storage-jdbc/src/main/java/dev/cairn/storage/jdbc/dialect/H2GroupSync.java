package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Forces H2's committed changes to the device before a commit is acknowledged, sharing one fsync
 * among every commit that finished before it started (group commit).
 *
 * <p>H2's MVStore never calls fsync on commit. With {@code WRITE_DELAY=0} each commit writes its
 * chunk to the database file before it returns, where it sits in the operating system's page cache:
 * safe from a crash of the process, not from one of the machine. This hook then calls fsync on the
 * file (through a read-only channel of its own: fsync flushes every dirty page of the file, whoever
 * wrote it). H2's {@code CHECKPOINT SYNC} would also do, but it compacts the file first, which costs
 * far more than the fsync. One fsync costs a few milliseconds on a typical virtual disk, so
 * committing threads queue behind the fsync in progress and the next one covers all of them.
 *
 * <p>The channel stays open until {@link #close()}, after H2 has closed the file: closing any channel
 * of a file releases the process's POSIX locks on it, H2's file lock among them.
 */
final class H2GroupSync implements CommitHook, AutoCloseable {

    private final Path file;
    private final Object lock = new Object();
    private FileChannel channel;
    private long committed;
    private long synced;
    private boolean syncing;

    H2GroupSync(Path file) {
        this.file = file;
    }

    @Override
    public void afterCommit(Connection connection) throws SQLException {
        long ticket;
        synchronized (lock) {
            ticket = ++committed;
        }
        while (true) {
            long covers;
            FileChannel target;
            synchronized (lock) {
                while (syncing && synced < ticket) await();
                if (synced >= ticket) return;
                syncing = true;
                covers = committed;
                target = channel();
            }
            boolean done = false;
            try {
                target.force(false);
                done = true;
            } catch (IOException e) {
                throw new SQLException("Could not force " + file + " to disk: " + e.getMessage(), e);
            } finally {
                synchronized (lock) {
                    syncing = false;
                    if (done) synced = Math.max(synced, covers);
                    lock.notifyAll();
                }
            }
        }
    }

    /** Opened on the first commit, when H2 has created the file. */
    private FileChannel channel() throws SQLException {
        if (channel == null) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new SQLException("Cannot open " + file + " to force commits to disk: " + e.getMessage(), e);
            }
        }
        return channel;
    }

    private void await() throws SQLException {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the commit to reach the disk", e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (channel != null) channel.close();
            channel = null;
        }
    }
}
