package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.DeviceStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.util.List;
import java.util.Optional;

/** Device documents as rows of {@code cairn_device}, a user's listed in device key order (a range of the primary key). */
final class JdbcDeviceStore implements DeviceStore {

    private final JdbcTransactions tx;
    private final String upsert;

    JdbcDeviceStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.upsert = dialect.upsert("cairn_device", List.of("pool_id", "sub", "device_key"), List.of("document"));
    }

    @Override
    public void put(String poolId, String sub, String deviceKey, String document) {
        tx.write(c -> Sql.update(c, upsert, poolId, sub, deviceKey, document));
    }

    @Override
    public Optional<String> get(String poolId, String sub, String deviceKey) {
        return tx.read(c -> Sql.one(c, "SELECT document FROM cairn_device WHERE pool_id = ? AND sub = ? AND device_key = ?",
                rs -> rs.getString(1), poolId, sub, deviceKey));
    }

    @Override
    public void delete(String poolId, String sub, String deviceKey) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_device WHERE pool_id = ? AND sub = ? AND device_key = ?", poolId, sub, deviceKey));
    }

    @Override
    public void deleteUser(String poolId, String sub) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_device WHERE pool_id = ? AND sub = ?", poolId, sub));
    }

    @Override
    public void deletePool(String poolId) {
        tx.write(c -> Sql.update(c, "DELETE FROM cairn_device WHERE pool_id = ?", poolId));
    }

    @Override
    public List<String> list(String poolId, String sub, String afterDeviceKey, int limit) {
        return tx.read(c -> afterDeviceKey == null
                ? Sql.list(c, "SELECT document FROM cairn_device WHERE pool_id = ? AND sub = ? ORDER BY device_key LIMIT ?",
                rs -> rs.getString(1), poolId, sub, limit)
                : Sql.list(c, "SELECT document FROM cairn_device WHERE pool_id = ? AND sub = ? AND device_key > ? ORDER BY device_key LIMIT ?",
                rs -> rs.getString(1), poolId, sub, afterDeviceKey, limit));
    }
}
