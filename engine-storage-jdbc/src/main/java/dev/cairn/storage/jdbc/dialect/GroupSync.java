package dev.cairn.storage.jdbc.dialect;

import dev.cairn.storage.jdbc.tx.CommitHook;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Forces committed changes to the device before a commit is acknowledged, sharing one force among
 * every commit that finished before it started (group commit). A force costs a few milliseconds on a
 * typical virtual disk, so committing threads queue behind the force in progress and the next one
 * covers all of them: under load the cost per commit falls with the number of concurrent commits.
 */
final class GroupSync implements CommitHook {

    /** Makes everything committed so far durable, using the given connection if it needs one. */
    @FunctionalInterface
    interface Force {
        void force(Connection connection) throws SQLException;
    }

    private final Force force;
    private final Object lock = new Object();
    private long committed;
    private long forced;
    private boolean forcing;

    GroupSync(Force force) {
        this.force = force;
    }

    /** Returns once a force that started after this call has completed. */
    @Override
    public void afterCommit(Connection connection) throws SQLException {
        long ticket;
        synchronized (lock) {
            ticket = ++committed;
        }
        while (true) {
            long covers;
            synchronized (lock) {
                while (forcing && forced < ticket) await();
                if (forced >= ticket) return;
                forcing = true;
                covers = committed;
            }
            boolean done = false;
            try {
                force.force(connection);
                done = true;
            } finally {
                synchronized (lock) {
                    forcing = false;
                    if (done) forced = Math.max(forced, covers);
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
