package dev.cairn.storage.jdbc.tx;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs after a transaction that wrote has committed and before the commit is acknowledged: where a
 * backend that does not make commits durable by itself (H2) forces them to disk.
 */
@FunctionalInterface
public interface CommitHook {

    /** Nothing to do: the database made the commit durable itself (PostgreSQL with synchronous_commit on). */
    CommitHook NONE = connection -> {
    };

    /** Called with the connection that just committed, still outside any transaction. */
    void afterCommit(Connection connection) throws SQLException;

    /** Called in a transaction that wrote, just before it commits. Default: nothing. */
    default void beforeCommit(Connection connection) throws SQLException {
    }
}
