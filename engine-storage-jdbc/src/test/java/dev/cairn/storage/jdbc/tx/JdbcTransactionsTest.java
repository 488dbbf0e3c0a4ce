package dev.cairn.storage.jdbc.tx;

import dev.cairn.storage.jdbc.dialect.H2Dialect;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcTransactionsTest {

    private String url;
    private ConnectionPool pool;
    private final AtomicInteger hookCalls = new AtomicInteger();
    private JdbcTransactions tx;

    @BeforeEach
    void open() throws SQLException {
        url = H2Dialect.memoryUrl("tx-" + UUID.randomUUID());
        pool = new ConnectionPool(() -> DriverManager.getConnection(url, "sa", ""), 2, Duration.ofSeconds(2));
        tx = new JdbcTransactions(pool, c -> hookCalls.incrementAndGet());
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v VARCHAR PRIMARY KEY)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private void insert(String value) {
        tx.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO t VALUES ('" + value + "')");
            }
        });
    }

    /** What a separate connection sees: only committed rows. */
    private List<String> committed() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM t ORDER BY v")) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        }
    }

    private int session() {
        return tx.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT SESSION_ID()"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private int count() {
        Integer rows = tx.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM t"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        return rows;
    }

    private static UnitOfWork<?> startUnitOfWork(JdbcTransactions tx) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        uow.attachTransaction(tx);
        return uow;
    }

    @Test
    void aUnitOfWorkAndTheUnitsNestedInItShareOneConnectionAndCommitAtTheRoot() throws Exception {
        UnitOfWork<?> root = startUnitOfWork(tx);
        int rootSession = session();
        insert("a");
        UnitOfWork<?> nested = startUnitOfWork(tx);
        assertThat(session()).isEqualTo(rootSession);
        insert("b");
        nested.commit();
        assertThat(committed()).as("a nested commit commits nothing").isEmpty();
        assertThat(count()).as("the transaction sees its own writes").isEqualTo(2);

        root.commit();

        assertThat(committed()).containsExactly("a", "b");
        assertThat(hookCalls).hasValue(1);
        assertThat(tx.inTransaction()).isFalse();
    }

    @Test
    void aRollbackUndoesEverythingTheUnitOfWorkWrote() throws Exception {
        UnitOfWork<?> root = startUnitOfWork(tx);
        insert("a");
        UnitOfWork<?> nested = startUnitOfWork(tx);
        insert("b");
        nested.commit();

        root.rollback();

        assertThat(committed()).isEmpty();
        assertThat(hookCalls).hasValue(0);
    }

    @Test
    void aNestedRollbackMakesTheRootCommitFailAndRollBack() throws Exception {
        UnitOfWork<?> root = startUnitOfWork(tx);
        insert("a");
        UnitOfWork<?> nested = startUnitOfWork(tx);
        insert("b");
        nested.rollback();

        assertThatThrownBy(root::commit).isInstanceOf(JdbcException.class).hasMessageContaining("Rolled back");
        assertThat(committed()).isEmpty();
    }

    @Test
    void outsideAUnitOfWorkEachWriteCommitsByItselfAndNestedWritesJoin() throws Exception {
        insert("a");
        assertThat(committed()).containsExactly("a");

        tx.executeInTransaction(() -> {
            insert("b");
            insert("c");
            try {
                assertThat(committed()).as("joined writes wait for the outer commit").containsExactly("a");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(committed()).containsExactly("a", "b", "c");

        assertThatThrownBy(() -> tx.executeInTransaction(() -> {
            insert("d");
            insert("a"); // duplicate key
        })).isInstanceOf(JdbcException.class);
        assertThat(committed()).containsExactly("a", "b", "c");
    }

    @Test
    void theCommitHookRunsOnlyAfterATransactionThatWrote() {
        tx.executeInTransaction(this::session);
        assertThat(hookCalls).hasValue(0);

        insert("a");
        assertThat(hookCalls).hasValue(1);

        // A plain Statement's SQL is unknown until it runs: it counts as a write.
        tx.executeInTransaction(() -> tx.read(c -> c.createStatement().execute("SELECT 1")));
        assertThat(hookCalls).hasValue(2);
    }

    @Test
    void withoutATransactionReadsUsePooledAutoCommitConnections() throws SQLException {
        try (Connection c = tx.getConnection()) {
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(tx.inTransaction()).isFalse();
    }

    @Test
    void theTransactionsConnectionRefusesToBeCommittedOrClosedByItsUsers() throws Exception {
        UnitOfWork<?> root = startUnitOfWork(tx);
        Connection c = tx.getConnection();
        c.close();
        assertThat(c.isClosed()).isFalse();
        assertThatThrownBy(c::commit).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> c.setAutoCommit(true)).isInstanceOf(SQLException.class);
        root.rollback();
    }

    @Test
    void connectionsGoBackToThePoolAfterCommitsRollbacksAndFailures() throws Exception {
        for (int i = 0; i < 10; i++) {
            UnitOfWork<?> uow = startUnitOfWork(tx);
            insert("v" + i);
            if (i % 3 == 0) uow.rollback();
            else uow.commit();
        }
        for (int i = 0; i < 5; i++) assertThatThrownBy(() -> insert("v1")).isInstanceOf(JdbcException.class);

        // The pool holds two connections: had one leaked, these would time out.
        UnitOfWork<?> first = startUnitOfWork(tx);
        Thread other = new Thread(() -> insert("from another thread"));
        other.start();
        other.join(5_000);
        first.commit();
        assertThat(committed()).contains("from another thread", "v1", "v2").doesNotContain("v0", "v3");
    }
}
