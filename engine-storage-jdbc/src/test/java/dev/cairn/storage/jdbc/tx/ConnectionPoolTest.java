package dev.cairn.storage.jdbc.tx;

import dev.cairn.storage.jdbc.dialect.H2Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionPoolTest {

    private final String url = H2Dialect.memoryUrl("pool-" + UUID.randomUUID());
    private final AtomicInteger opened = new AtomicInteger();
    private final ConnectionPool pool = new ConnectionPool(() -> {
        opened.incrementAndGet();
        return DriverManager.getConnection(url, "sa", "");
    }, 2, Duration.ofMillis(300));

    @AfterEach
    void shutdown() throws SQLException {
        pool.close();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aReleasedConnectionComesBackInAutoCommitModeWithoutWhatItLeftUncommitted() throws SQLException {
        try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement s = setup.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        }
        Connection first = pool.acquire();
        first.setAutoCommit(false);
        try (Statement s = first.createStatement()) {
            s.execute("INSERT INTO t VALUES (1)");
        }
        pool.release(first);

        Connection again = pool.acquire();

        assertThat(again.getAutoCommit()).isTrue();
        try (Statement s = again.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(opened.get()).isBetween(1, 2);
        pool.release(again);
    }

    @Test
    void noMoreThanMaxSizeConnectionsAreOutAtOnce() throws SQLException {
        Connection a = pool.acquire();
        Connection b = pool.acquire();

        assertThatThrownBy(pool::acquire).isInstanceOf(SQLTransientConnectionException.class).hasMessageContaining("pool of 2");

        pool.release(a);
        Connection c = pool.acquire();
        assertThat(c.isClosed()).isFalse();
        pool.release(b);
        pool.release(c);
    }

    @Test
    void closingThePoolClosesItsConnections() throws SQLException {
        Connection idle = pool.acquire();
        Connection physical = idle.unwrap(Connection.class);
        pool.release(idle);

        pool.close();

        assertThat(physical.isClosed()).isTrue();
        assertThatThrownBy(pool::acquire).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }
}
