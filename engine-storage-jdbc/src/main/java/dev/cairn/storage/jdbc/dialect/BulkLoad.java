package dev.cairn.storage.jdbc.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A database's own way of loading many rows at once, faster than a batch of INSERTs (PostgreSQL's
 * COPY): how a rebuild writes the rows a batch of the log made, which are new by construction.
 */
@FunctionalInterface
public interface BulkLoad {

    /**
     * Inserts {@code rows} (text values or nulls, in the order of {@code columns}) into {@code table} in
     * the current transaction of {@code connection}, exactly as plain INSERTs of the same rows would: a
     * row whose key is already stored fails the load, and with it the transaction.
     */
    void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException;
}
