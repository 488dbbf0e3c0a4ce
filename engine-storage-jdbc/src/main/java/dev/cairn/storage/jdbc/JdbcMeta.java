package dev.cairn.storage.jdbc;

import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.util.List;
import java.util.Optional;

/** Engine-wide values in {@code cairn_meta}: the engine's key material (see {@code dev.cairn.core.crypto.DataKey}). */
final class JdbcMeta {

    private static final String SELECT = "SELECT value FROM cairn_meta WHERE key = ?";

    private final JdbcTransactions tx;
    private final String insert;

    JdbcMeta(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.insert = dialect.insertIfAbsent("cairn_meta", List.of("key"), List.of("value"));
    }

    Optional<String> get(String name) {
        return tx.write(c -> Sql.one(c, SELECT, rs -> rs.getString(1), name));
    }

    /** When engine nodes sharing a database start together, the first insert wins and every node reads that value. */
    String putIfAbsent(String name, String value) {
        return tx.write(c -> {
            try {
                Sql.update(c, insert, name, value);
            } catch (java.sql.SQLException e) {
                if (!Sql.isUniqueViolation(e)) throw e;
            }
            return Sql.one(c, SELECT, rs -> rs.getString(1), name).orElseThrow();
        });
    }

    boolean replace(String name, String expected, String value) {
        return tx.write(c -> (value == null
                ? Sql.update(c, "DELETE FROM cairn_meta WHERE key = ? AND value = ?", name, expected)
                : Sql.update(c, "UPDATE cairn_meta SET value = ? WHERE key = ? AND value = ?", value, name, expected)) == 1);
    }
}
