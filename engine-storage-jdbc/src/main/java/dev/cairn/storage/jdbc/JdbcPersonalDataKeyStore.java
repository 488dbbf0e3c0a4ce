package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.PersonalDataKeyStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.dialect.PostgresDialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users' sealed personal-data keys as rows of {@code cairn_personal_key}; an erased key is a row with an empty key. */
final class JdbcPersonalDataKeyStore implements PersonalDataKeyStore {

    private static final String FIND = "SELECT sealed_key FROM cairn_personal_key WHERE pool_id = ? AND sub = ?";

    private final JdbcTransactions tx;
    private final String insert;
    private final boolean postgres;

    JdbcPersonalDataKeyStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.postgres = dialect instanceof PostgresDialect;
        this.insert = dialect.insertIfAbsent("cairn_personal_key", List.of("pool_id", "sub"), List.of("sealed_key"));
    }

    @Override
    public Optional<String> find(String userPoolId, String sub) {
        return tx.read(c -> find(c, userPoolId, sub));
    }

    private static Optional<String> find(Connection c, String userPoolId, String sub) throws SQLException {
        return Sql.one(c, FIND, rs -> rs.getString(1), userPoolId, sub);
    }

    /**
     * PostgreSQL: one query per pool, {@code sub = ANY(array)}, an index lookup per sub in one round
     * trip. H2 uses an index for an IN list only on the index's first column (pool_id here), so a
     * list of subs would read the whole pool: there each sub is a primary-key lookup, all in process.
     */
    @Override
    public Map<String, String> findAll(String userPoolId, Collection<String> subs) {
        Map<String, String> found = new HashMap<>();
        if (subs.isEmpty()) return found;
        tx.read(c -> {
            if (postgres) {
                Sql.list(c, "SELECT sub, sealed_key FROM cairn_personal_key WHERE pool_id = ? AND sub = ANY(?)",
                        rs -> found.put(rs.getString(1), rs.getString(2)), userPoolId, c.createArrayOf("text", subs.toArray()));
                return null;
            }
            try (PreparedStatement s = c.prepareStatement(FIND)) {
                s.setString(1, userPoolId);
                for (String sub : subs) {
                    s.setString(2, sub);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) found.put(sub, rs.getString(1));
                    }
                }
            }
            return null;
        });
        return found;
    }

    @Override
    public String insertIfAbsent(String userPoolId, String sub, String sealedKey) {
        return tx.write(c -> {
            try {
                if (Sql.update(c, insert, userPoolId, sub, sealedKey) == 1) return sealedKey;
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e)) throw e;
            }
            return find(c, userPoolId, sub).orElseThrow(() -> new SQLException("Key of " + sub + " vanished while stored"));
        });
    }

    @Override
    public void erase(String userPoolId, String sub) {
        tx.write(c -> {
            if (Sql.update(c, "UPDATE cairn_personal_key SET sealed_key = ? WHERE pool_id = ? AND sub = ?", ERASED, userPoolId, sub) == 0) {
                Sql.update(c, insert, userPoolId, sub, ERASED);
            }
            return null;
        });
    }
}
