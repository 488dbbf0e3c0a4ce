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
    void aReleasedConnectionIsReusedInAutoCommitMode() throws SQLException {
        Connection first = pool.acquire();
        first.setAutoCommit(false);
        pool.release(first);

        Connection again = pool.acquire();

        assertThat(again).isSameAs(first);
        assertThat(again.getAutoCommit()).isTrue();
        assertThat(opened).hasValue(1);
        pool.release(again);
    }

    @Test
    void noMoreThanMaxSizeConnectionsAreOutAtOnce() throws SQLException {
        Connection a = pool.acquire();
        Connection b = pool.acquire();

        assertThatThrownBy(pool::acquire).isInstanceOf(SQLTransientConnectionException.class);

        pool.release(a);
        Connection c = pool.acquire();
        assertThat(c).isSameAs(a);
        pool.release(b);
        pool.release(c);
    }

    @Test
    void aClosedConnectionIsDroppedNotPooled() throws SQLException {
        Connection broken = pool.acquire();
        broken.close();
        pool.release(broken);

        Connection next = pool.acquire();

        assertThat(next).isNotSameAs(broken);
        assertThat(next.isClosed()).isFalse();
        pool.release(next);
    }

    @Test
    void closingThePoolClosesIdleConnectionsAndThoseReleasedLater() throws SQLException {
        Connection idle = pool.acquire();
        Connection busy = pool.acquire();
        pool.release(idle);

        pool.close();
        pool.release(busy);

        assertThat(idle.isClosed()).isTrue();
        assertThat(busy.isClosed()).isTrue();
        assertThatThrownBy(pool::acquire).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }
}
