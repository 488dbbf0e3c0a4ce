package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.ClaimStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Claims as rows of {@code cairn_claim}, whose primary key is the uniqueness check. Of two
 * transactions inserting one key, the database makes the second wait until the first ends; if the
 * first committed, the second sees its row and loses. The losing insert never aborts the transaction
 * (PostgreSQL: ON CONFLICT DO NOTHING; H2: a failed statement is undone alone), so the projection can
 * still fail the request with Cognito's error and roll everything back cleanly.
 */
final class JdbcClaimStore implements ClaimStore {

    private static final String OWNER = "SELECT owner FROM cairn_claim WHERE scope = ? AND kind = ? AND key = ?";

    private final JdbcTransactions tx;
    private final String insert;

    JdbcClaimStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.insert = dialect.insertIfAbsent("cairn_claim", List.of("scope", "kind", "key"), List.of("owner"));
    }

    @Override
    public boolean claim(String scope, String kind, String key, String owner) {
        return tx.write(c -> {
            // Insert first: a new key, the usual case, then costs one statement (one round trip on
            // PostgreSQL), not a look-up and an insert. A racing release can empty the key between a
            // lost insert and the re-read: try again then.
            for (int attempt = 0; attempt < 3; attempt++) {
                if (insert(c, scope, kind, key, owner)) return true;
                Optional<String> holder = owner(c, scope, kind, key);
                if (holder.isPresent()) return holder.get().equals(owner);
            }
            throw new SQLException("Claim of " + kind + " '" + key + "' kept changing hands");
        });
    }

    private boolean insert(Connection c, String scope, String kind, String key, String owner) throws SQLException {
        try {
            return Sql.update(c, insert, scope, kind, key, owner) == 1;
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) return false;
            throw e;
        }
    }

    @Override
    public void release(String scope, String kind, String key, String owner) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_claim WHERE scope = ? AND kind = ? AND key = ? AND owner = ?",
                scope, kind, key, owner));
    }

    /** Two batches: the releases, then plain INSERTs (a multi-row INSERT on PostgreSQL); a taken key fails the batch. */
    @Override
    public void releaseAndClaim(List<Claim> released, List<Claim> claimed) {
        tx.write(c -> {
            // in key order, as JdbcUserStore.writeAll does
            Sql.batch(c, "DELETE FROM cairn_claim WHERE scope = ? AND kind = ? AND key = ? AND owner = ?", Sql.sorted(rows(released), 3));
            Sql.batch(c, "INSERT INTO cairn_claim (scope, kind, key, owner) VALUES (?, ?, ?, ?)", Sql.sorted(rows(claimed), 3));
            return null;
        });
    }

    private static List<Object[]> rows(List<Claim> claims) {
        return claims.stream().map(k -> new Object[]{k.scope(), k.kind(), k.key(), k.owner()}).toList();
    }

    @Override
    public Optional<String> owner(String scope, String kind, String key) {
        return tx.read(c -> owner(c, scope, kind, key));
    }

    private static Optional<String> owner(Connection c, String scope, String kind, String key) throws SQLException {
        return Sql.one(c, OWNER, rs -> rs.getString(1), scope, kind, key);
    }

    @Override
    public void releaseScope(String scope) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_claim WHERE scope = ?", scope));
    }

    @Override
    public void releaseOwner(String scope, String kind, String owner) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_claim WHERE scope = ? AND kind = ? AND owner = ?", scope, kind, owner));
    }

    @Override
    public List<Claim> all() {
        return tx.read(c -> Sql.list(c, "SELECT scope, kind, key, owner FROM cairn_claim ORDER BY scope, kind, key",
                rs -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }
}
