package dev.cairn.storage.jdbc.tx;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A bounded pool of JDBC connections (HikariCP): at most {@code maxSize} are handed out at once, and
 * a caller waits up to {@code acquireTimeout} for one to come back.
 *
 * <p>Connections come out with auto-commit on; giving one back ({@link #release}) rolls back anything
 * left open and restores auto-commit, so a returned connection never carries a transaction to its
 * next user. HikariCP replaced a pool written here: under write load neither pool's own code is
 * where the time goes (the old pool was 0.6% of CPU samples; HikariCP's proxies only delegate), and
 * HikariCP brings validation, eviction of broken connections and metrics that are well kept.
 */
public final class ConnectionPool implements AutoCloseable {

    /** Opens a new physical connection. */
    @FunctionalInterface
    public interface Factory {
        Connection open() throws SQLException;
    }

    private final HikariDataSource pool;
    private final int maxSize;
    private final Duration acquireTimeout;

    public ConnectionPool(Factory factory, int maxSize, Duration acquireTimeout) {
        this(factory, maxSize, acquireTimeout, "cairn");
    }

    public ConnectionPool(Factory factory, int maxSize, Duration acquireTimeout, String name) {
        if (maxSize < 1) throw new IllegalArgumentException("maxSize must be at least 1: " + maxSize);
        this.maxSize = maxSize;
        this.acquireTimeout = acquireTimeout;
        HikariConfig config = new HikariConfig();
        config.setDataSource(new FactoryDataSource(factory));
        config.setPoolName(name);
        config.setMaximumPoolSize(maxSize);
        // Connections open as load needs them and idle ones retire after HikariCP's idle timeout,
        // rather than maxSize kept open (or one opened in the background at start, racing a close).
        config.setMinimumIdle(0);
        config.setConnectionTimeout(acquireTimeout.toMillis());
        config.setAutoCommit(true);
        // Opening the first connection at start (Hikari's default) would also fail fast on a bad URL;
        // the storage opens one at once anyway to migrate the schema.
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    /**
     * A connection with auto-commit on, for the caller alone until it {@link #release}s it.
     *
     * @throws SQLTransientConnectionException when none is free within the acquire timeout
     * @throws SQLException when the pool is closed or a new connection cannot be opened
     */
    public Connection acquire() throws SQLException {
        if (pool.isClosed()) throw new SQLException("The connection pool is closed");
        try {
            return pool.getConnection();
        } catch (SQLTransientConnectionException e) {
            throw new SQLTransientConnectionException("No database connection became free within " + acquireTimeout
                    + " (pool of " + maxSize + ")", e.getSQLState(), e);
        }
    }

    /** Gives a connection from {@link #acquire} back; it must not be used afterwards. */
    public void release(Connection connection) {
        try {
            connection.close(); // HikariCP rolls back an open transaction and restores auto-commit
        } catch (SQLException ignored) {
            // HikariCP evicts a connection it could not reset
        }
    }

    /** Closes every idle connection now and every busy one when it is released. */
    @Override
    public void close() {
        pool.close();
    }

    /** The factory as the DataSource HikariCP asks for connections. */
    private record FactoryDataSource(Factory factory) implements javax.sql.DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return factory.open();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("The factory knows its own credentials");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        /**
         * HikariCP waits this long, when the pool closes, for a connection it is opening in the
         * background: with 0 it would not wait, and a connection opened after the storage shut H2
         * down would open the database again behind its back.
         */
        @Override
        public int getLoginTimeout() {
            return 10;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
