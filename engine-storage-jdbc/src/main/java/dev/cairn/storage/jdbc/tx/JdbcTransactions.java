package dev.cairn.storage.jdbc.tx;

import dev.cairn.storage.jdbc.journal.CommitJournal;
import dev.cairn.storage.jdbc.journal.Write;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Axon's missing JDBC transaction manager (outside Spring, Axon 4 only has a no-op one), and the
 * connection provider that goes with it.
 *
 * <p>The first {@link #startTransaction()} in a unit of work takes a connection from the pool, turns
 * auto-commit off and binds it to the <em>root</em> unit of work; every later start in that unit of
 * work (the command bus's nested unit of work, the subscribing projection processor, Axon's own
 * reads and appends) joins it, and {@link #getConnection()} returns it. So an event append, its
 * uniqueness claims and its projection rows are one database transaction, committed when the root
 * commits and rolled back when it rolls back. A joined transaction that rolls back marks the whole
 * transaction rollback-only: the root's commit then rolls back and fails instead of committing half
 * of the work.
 *
 * <p>Outside a unit of work the same happens per thread: a transaction started there is bound to the
 * thread until it ends, with nested starts joining it. Without any transaction,
 * {@link #getConnection()} lends a pooled connection in auto-commit mode, returned to the pool when
 * the caller closes it.
 *
 * <p>After a transaction that wrote commits, the {@link CommitHook} runs before the commit returns,
 * so a backend that needs an explicit flush to make commits durable gets it before anything is
 * acknowledged. With a {@link CommitJournal} (H2 files), a transaction's write statements are
 * recorded as they run and the journal commits the transaction and makes it durable instead.
 */
public final class JdbcTransactions implements TransactionManager, ConnectionProvider {

    /** Work against a connection; SQLExceptions leave as {@link JdbcException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final ConnectionPool pool;
    private final CommitHook commitHook;
    private final CommitJournal journal;
    private final String resourceKey = JdbcTransactions.class.getName() + "@" + Integer.toHexString(System.identityHashCode(this));
    private final ThreadLocal<Bound> outsideUnitOfWork = new ThreadLocal<>();
    private final ThreadLocal<Boolean> relaxed = new ThreadLocal<>();
    private volatile java.util.function.LongConsumer commitTimes = nanos -> {
    };

    public JdbcTransactions(ConnectionPool pool, CommitHook commitHook) {
        this(pool, commitHook, null);
    }

    /** With a {@code journal}, transactions that wrote commit through it and are durable once it is. */
    public JdbcTransactions(ConnectionPool pool, CommitHook commitHook, CommitJournal journal) {
        this.pool = pool;
        this.commitHook = commitHook;
        this.journal = journal;
    }

    /** Where each commit that wrote reports its duration until durable (commit and commit hook), in nanoseconds. */
    public void reportCommitTimes(java.util.function.LongConsumer nanos) {
        this.commitTimes = java.util.Objects.requireNonNull(nanos);
    }

    @Override
    public Transaction startTransaction() {
        Bound current = current();
        if (current != null) return current.join();
        Connection physical;
        try {
            physical = pool.acquire();
            physical.setAutoCommit(false);
        } catch (SQLException e) {
            throw new JdbcException("Could not start a database transaction", e);
        }
        // On an H2 file, H2 writes its file only while no transaction is open (see StoreGate).
        if (journal != null) {
            try {
                journal.gate().enter();
            } catch (RuntimeException e) {
                pool.release(physical);
                throw e;
            }
        }
        Bound bound = new Bound(physical, relaxed.get() != null);
        bind(bound);
        return bound;
    }

    /** The current transaction's connection, or a pooled auto-commit one when there is no transaction. */
    @Override
    public Connection getConnection() throws SQLException {
        Bound current = current();
        return current != null ? current.handle : Handles.pooled(pool.acquire(), pool);
    }

    /**
     * Runs {@code work} with the transactions this thread starts meanwhile committed without waiting
     * for durability: not recorded in the commit journal (H2 files), and without the commit hook's
     * wait for the disk (PostgreSQL: {@code synchronous_commit} off). For a rebuild of the projections
     * only, which is restartable from the log: the caller makes everything durable at its end (see
     * {@code JdbcStorage.rebuilding}); a crash before that leaves projections to rebuild again.
     */
    public <T> T relaxed(java.util.function.Supplier<T> work) {
        Boolean previous = relaxed.get();
        relaxed.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous == null) relaxed.remove();
            else relaxed.set(previous);
        }
    }

    /** Runs read-only work in the current transaction if there is one, else on a pooled auto-commit connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new JdbcException("Database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in the current transaction, or in a transaction of its own that commits when the work returns. */
    public <T> T write(SqlWork<T> work) {
        return fetchInTransaction(() -> read(work));
    }

    /** True while a transaction is bound to the current unit of work or thread. */
    public boolean inTransaction() {
        return current() != null;
    }

    private Bound current() {
        if (CurrentUnitOfWork.isStarted()) {
            Bound bound = CurrentUnitOfWork.get().root().getResource(resourceKey);
            if (bound != null) return bound;
        }
        return outsideUnitOfWork.get();
    }

    private void bind(Bound bound) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.resources().put(resourceKey, bound);
            bound.unbind = () -> root.resources().remove(resourceKey, bound);
            // Normally commit or rollback ends the transaction; this covers a unit of work that does neither.
            root.onCleanup(u -> bound.end());
        } else {
            outsideUnitOfWork.set(bound);
            bound.unbind = outsideUnitOfWork::remove;
        }
    }

    /** The outermost transaction of a unit of work or thread, holding its connection. */
    private final class Bound implements Transaction {
        private final Connection physical;
        private final Connection handle;
        private boolean wrote;
        private final List<Write> writes;
        private final boolean relaxed;
        private boolean rollbackOnly;
        private boolean ended;
        private Runnable unbind = () -> {
        };

        Bound(Connection physical, boolean relaxed) {
            this.physical = physical;
            this.relaxed = relaxed;
            this.writes = journal == null || relaxed ? null : new ArrayList<>();
            this.handle = Handles.transactional(physical, () -> wrote = true, writes == null ? null : writes::add);
        }

        Transaction join() {
            return new Transaction() {
                @Override
                public void commit() {
                    // the outermost transaction commits
                }

                @Override
                public void rollback() {
                    rollbackOnly = true;
                }
            };
        }

        @Override
        public void commit() {
            if (ended) throw new IllegalStateException("Transaction already ended");
            long start = System.nanoTime();
            try {
                if (rollbackOnly) {
                    physical.rollback();
                    throw new JdbcException("Rolled back: part of the transaction failed", null);
                }
                if (writes != null && !writes.isEmpty()) {
                    journal.commit(physical, writes); // durable when it returns
                    commitTimes.accept(System.nanoTime() - start);
                    end();
                    return;
                }
                if (wrote) commitHook.beforeCommit(physical);
                physical.commit();
                if (relaxed) {
                    end(); // no wait for the disk: see relaxed()
                    return;
                }
            } catch (SQLException e) {
                rollbackQuietly();
                end();
                throw new JdbcException("Commit failed: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                end();
                throw e;
            }
            try {
                if (wrote) {
                    commitHook.afterCommit(physical);
                    commitTimes.accept(System.nanoTime() - start);
                }
            } catch (SQLException e) {
                throw new JdbcException("Committed, but could not force the commit to disk: " + e.getMessage(), e);
            } finally {
                end();
            }
        }

        @Override
        public void rollback() {
            if (ended) return;
            try {
                physical.rollback();
            } catch (SQLException e) {
                throw new JdbcException("Rollback failed: " + e.getMessage(), e);
            } finally {
                end();
            }
        }

        private void rollbackQuietly() {
            try {
                physical.rollback();
            } catch (SQLException ignored) {
                // the commit failure is what gets reported
            }
        }

        /** Unbinds and gives the connection back; the pool rolls back anything still open. */
        void end() {
            if (ended) return;
            ended = true;
            unbind.run();
            try {
                pool.release(physical);
            } finally {
                if (journal != null) journal.gate().exit();
            }
        }
    }
}
