package dev.cairn.storage.jdbc.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small, bounded pool of physical JDBC connections: at most {@code maxSize} are handed out at once,
 * and a caller waits up to {@code acquireTimeout} for one to come back. Idle connections are reused
 * newest first (so a quiet engine keeps few warm) and checked with {@link Connection#isValid} only
 * after they have idled a while, so the hot path costs no round trip.
 *
 * <p>Connections come out with auto-commit on; {@link #release} rolls back anything left open and
 * restores auto-commit, so a returned connection never carries a transaction to its next user. A
 * connection that is closed or fails that reset is dropped rather than pooled.
 *
 * <p>Written here rather than taken from HikariCP to keep the dependency list short: the engine needs
 * one connection per unit of work and nothing a full pool adds (metrics, leak detection, JMX).
 */
public final class ConnectionPool implements AutoCloseable {

    /** Opens a new physical connection. */
    @FunctionalInterface
    public interface Factory {
        Connection open() throws SQLException;
    }

    private record Idle(Connection connection, long since) {
    }

    private static final long REVALIDATE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Factory factory;
    private final int maxSize;
    private final Duration acquireTimeout;
    private final Semaphore permits;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private volatile boolean closed;

    public ConnectionPool(Factory factory, int maxSize, Duration acquireTimeout) {
        if (maxSize < 1) throw new IllegalArgumentException("maxSize must be at least 1: " + maxSize);
        this.factory = factory;
        this.maxSize = maxSize;
        this.acquireTimeout = acquireTimeout;
        this.permits = new Semaphore(maxSize, true);
    }

    /**
     * A connection with auto-commit on, for the caller alone until it {@link #release}s it.
     *
     * @throws SQLTransientConnectionException when none is free within the acquire timeout
     * @throws SQLException when the pool is closed or a new connection cannot be opened
     */
    public Connection acquire() throws SQLException {
        if (closed) throw new SQLException("The connection pool is closed");
        try {
            if (!permits.tryAcquire(acquireTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("No database connection became free within " + acquireTimeout
                        + " (pool of " + maxSize + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
        }
        try {
            for (Idle i = pollIdle(); i != null; i = pollIdle()) {
                if (usable(i)) return i.connection();
                closeQuietly(i.connection());
            }
            return factory.open();
        } catch (SQLException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    /** Gives a connection from {@link #acquire} back; it must not be used afterwards. */
    public void release(Connection connection) {
        try {
            if (closed || connection.isClosed()) {
                closeQuietly(connection);
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            synchronized (idle) {
                idle.push(new Idle(connection, System.nanoTime()));
            }
        } catch (SQLException e) {
            closeQuietly(connection);
        } finally {
            permits.release();
        }
        if (closed) closeIdle();
    }

    private Idle pollIdle() {
        synchronized (idle) {
            return idle.poll();
        }
    }

    private static boolean usable(Idle i) {
        if (System.nanoTime() - i.since() < REVALIDATE_AFTER_NANOS) return true;
        try {
            return i.connection().isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes every idle connection now and every busy one when it is released. */
    @Override
    public void close() {
        closed = true;
        closeIdle();
    }

    private void closeIdle() {
        for (Idle i = pollIdle(); i != null; i = pollIdle()) closeQuietly(i.connection());
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // the connection is being dropped either way
        }
    }
}
