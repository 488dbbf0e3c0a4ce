package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.PersonalDataKeyStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Users' sealed personal-data keys as rows of {@code cairn_personal_key}; an erased key is a row with an empty key. */
final class JdbcPersonalDataKeyStore implements PersonalDataKeyStore {

    private static final String FIND = "SELECT sealed_key FROM cairn_personal_key WHERE pool_id = ? AND sub = ?";

    private static final int FIND_ALL_CHUNK = 500;

    private final JdbcTransactions tx;
    private final String insert;

    JdbcPersonalDataKeyStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.insert = dialect.insertIfAbsent("cairn_personal_key", List.of("pool_id", "sub"), List.of("sealed_key"));
    }

    @Override
    public Optional<String> find(String userPoolId, String sub) {
        return tx.read(c -> find(c, userPoolId, sub));
    }

    private static Optional<String> find(Connection c, String userPoolId, String sub) throws SQLException {
        return Sql.one(c, FIND, rs -> rs.getString(1), userPoolId, sub);
    }

    /** A query per chunk of subs ({@code sub IN (...)}, a range of the primary key's entries each). */
    @Override
    public java.util.Map<String, String> findAll(String userPoolId, java.util.Collection<String> subs) {
        List<String> all = List.copyOf(subs);
        java.util.Map<String, String> found = new java.util.HashMap<>();
        tx.read(c -> {
            for (int from = 0; from < all.size(); from += FIND_ALL_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + FIND_ALL_CHUNK));
                Object[] params = new Object[chunk.size() + 1];
                params[0] = userPoolId;
                for (int i = 0; i < chunk.size(); i++) params[i + 1] = chunk.get(i);
                Sql.list(c, "SELECT sub, sealed_key FROM cairn_personal_key WHERE pool_id = ? AND sub IN (" + Dialect.placeholders(chunk.size()) + ")",
                        rs -> found.put(rs.getString(1), rs.getString(2)), params);
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
