package dev.cairn.storage.jdbc;

import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** Engine-wide values in {@code cairn_meta}: today only the master key. */
final class JdbcMeta {

    private static final String MASTER_KEY = "master_key";

    private final JdbcTransactions tx;
    private final String insert;

    JdbcMeta(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.insert = dialect.insertIfAbsent("cairn_meta", List.of("key"), List.of("value"));
    }

    /**
     * The stored master key; on first use, the key {@code generate} makes, stored first. When engine
     * nodes sharing a database start together, the first insert wins and every node reads that key.
     */
    byte[] masterKey(Supplier<byte[]> generate) {
        return tx.write(c -> {
            var stored = Sql.one(c, "SELECT value FROM cairn_meta WHERE key = ?", rs -> rs.getString(1), MASTER_KEY);
            if (stored.isEmpty()) {
                try {
                    Sql.update(c, insert, MASTER_KEY, Base64.getEncoder().encodeToString(generate.get()));
                } catch (java.sql.SQLException e) {
                    if (!Sql.isUniqueViolation(e)) throw e;
                }
                stored = Sql.one(c, "SELECT value FROM cairn_meta WHERE key = ?", rs -> rs.getString(1), MASTER_KEY);
            }
            return Base64.getDecoder().decode(stored.orElseThrow());
        });
    }
}
