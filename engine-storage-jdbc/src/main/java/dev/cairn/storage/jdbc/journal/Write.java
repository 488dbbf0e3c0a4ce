package dev.cairn.storage.jdbc.journal;

import java.sql.SQLFeatureNotSupportedException;
import java.util.List;

/**
 * One write statement of a committed transaction, as it ran: its SQL and the parameters of each
 * execution (one row for a single execution, one per batched execution, none for SQL without
 * parameters run as a plain statement).
 *
 * @param sql  the statement's text
 * @param rows the parameters of each execution, by position from 0; empty for a plain statement
 */
public record Write(String sql, List<Object[]> rows) {

    /**
     * Refuses a parameter of a type the journal cannot keep (it keeps null, text, 64- and 32-bit
     * integers, bytes and booleans: what the stores and Axon's event table bind), so a write that could
     * not be repeated exactly never commits.
     */
    public static void checkParameter(Object value) throws SQLFeatureNotSupportedException {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Integer || value instanceof byte[]
                || value instanceof Boolean) return;
        throw new SQLFeatureNotSupportedException("The commit journal cannot keep a parameter of type " + value.getClass().getName());
    }

    /** A plain statement's SQL, run once without parameters. */
    public static Write plain(String sql) {
        return new Write(sql, List.of());
    }
}
