package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.PoolStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.util.List;
import java.util.Optional;

/** Pool documents as rows of {@code cairn_pool}, listed in pool id order. */
final class JdbcPoolStore implements PoolStore {

    private final JdbcTransactions tx;
    private final String upsert;

    JdbcPoolStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.upsert = dialect.upsert("cairn_pool", List.of("pool_id"), List.of("document"));
    }

    @Override
    public void put(String poolId, String document) {
        tx.write(c -> Sql.update(c, upsert, poolId, document));
    }

    @Override
    public Optional<String> get(String poolId) {
        return tx.read(c -> Sql.one(c, "SELECT document FROM cairn_pool WHERE pool_id = ?", rs -> rs.getString(1), poolId));
    }

    @Override
    public void delete(String poolId) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_pool WHERE pool_id = ?", poolId));
    }

    @Override
    public List<String> list(String afterPoolId, int limit) {
        return tx.read(c -> afterPoolId == null
                ? Sql.list(c, "SELECT document FROM cairn_pool ORDER BY pool_id LIMIT ?", rs -> rs.getString(1), limit)
                : Sql.list(c, "SELECT document FROM cairn_pool WHERE pool_id > ? ORDER BY pool_id LIMIT ?", rs -> rs.getString(1),
                afterPoolId, limit));
    }
}
