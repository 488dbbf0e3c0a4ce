package dev.cairn.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC idioms the stores need, so each store reads as its SQL. */
final class Sql {

    /** SQLSTATE of a unique constraint violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    /** Runs {@code sql} once per parameter row, as one batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Parameter rows of text ordered by their first {@code columns} values (a key, so no two rows tie), as Java orders strings. */
    static List<Object[]> sorted(List<Object[]> rows, int columns) {
        List<Object[]> out = new ArrayList<>(rows);
        out.sort((a, b) -> {
            for (int i = 0; i < columns; i++) {
                int c = ((String) a[i]).compareTo((String) b[i]);
                if (c != 0) return c;
            }
            return 0;
        });
        return out;
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(row.map(rs));
                return out;
            }
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> all = list(c, sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether {@code e}, or an exception chained to it, is a unique constraint violation. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(n.getSQLState())) return true;
                }
            }
        }
        return false;
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
    }
}
