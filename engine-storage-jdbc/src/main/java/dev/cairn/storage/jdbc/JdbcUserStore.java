package dev.cairn.storage.jdbc;

import dev.cairn.core.storage.UserStore;
import dev.cairn.storage.jdbc.dialect.Dialect;
import dev.cairn.storage.jdbc.tx.JdbcTransactions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users as rows of {@code cairn_user}, their index entries as rows of {@code cairn_user_index}.
 *
 * <p>{@link #find} is a range scan of the index's primary key (pool_id, name, value, sub), read in
 * that order and stopped at the limit, never a scan of the pool. A page after a cursor is read in two
 * ranges, each an exact index seek on any database: the rest of the cursor's value
 * ({@code value = v AND sub > s}), then the values after it ({@code value > v}). The single row
 * comparison {@code (value, sub) > (v, s)} would say the same, but H2 can seek only on its first
 * column and would re-read every earlier entry of a value that many users share (a status, a group).
 *
 * <p>{@code sub} has no index entries: {@code cairn_user}'s own primary key (pool_id, sub) is already
 * that index, so a search by sub is the same range scan of that table, and creating a user writes one
 * B-tree entry fewer (at a random place, since subs are random).
 *
 * <p>Order is the database's key order: UTF-16 code units on H2, as in Java; code points on
 * PostgreSQL, which differs from Java only in placing characters beyond U+FFFF after U+E000..U+FFFF.
 */
final class JdbcUserStore implements UserStore {

    private static final String HITS = """
            SELECT i.value, i.sub, u.document FROM cairn_user_index i
            JOIN cairn_user u ON u.pool_id = i.pool_id AND u.sub = i.sub
            WHERE i.pool_id = ? AND i.name = ? AND %s
            ORDER BY i.pool_id, i.name, i.value, i.sub LIMIT ?""";

    /** The same hits for {@code sub}, from the users' own table; {@code i} names it so the conditions read alike. */
    private static final String HITS_BY_SUB = """
            SELECT i.sub, i.sub, i.document FROM cairn_user i
            WHERE i.pool_id = ? AND %s
            ORDER BY i.pool_id, i.sub LIMIT ?""";

    private static final String SUB = "sub";

    private static final String DELETE_ENTRY = "DELETE FROM cairn_user_index WHERE pool_id = ? AND name = ? AND value = ? AND sub = ?";

    private final JdbcTransactions tx;
    private final Dialect dialect;

    JdbcUserStore(JdbcTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    @Override
    public void put(String poolId, String sub, String document, List<IndexEntry> previousIndex, List<IndexEntry> index) {
        writeAll(List.of(new Write(poolId, sub, document, previousIndex, index)));
    }

    /**
     * A statement per kind of change for all the users at once, each a batch (a multi-row INSERT on
     * PostgreSQL); {@link #put} and {@link #delete} are a write of one user.
     */
    @Override
    public void writeAll(List<Write> writes) {
        if (writes.isEmpty()) return;
        tx.write(c -> {
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> deletes = new ArrayList<>();
            List<Object[]> entriesGone = new ArrayList<>();
            List<Object[]> entriesNew = new ArrayList<>();
            for (Write w : writes) {
                Set<IndexEntry> previous = w.previous() == null ? Set.of() : new LinkedHashSet<>(w.previous());
                Set<IndexEntry> next = w.document() == null ? Set.of() : new LinkedHashSet<>(w.index());
                if (w.document() == null) deletes.add(new Object[]{w.poolId(), w.sub()});
                else if (w.previous() == null) inserts.add(new Object[]{w.poolId(), w.sub(), w.document()});
                else updates.add(new Object[]{w.document(), w.poolId(), w.sub()});
                entriesGone.addAll(rows(w.poolId(), w.sub(), previous.stream().filter(e -> !next.contains(e)).toList()));
                entriesNew.addAll(rows(w.poolId(), w.sub(), next.stream().filter(e -> !previous.contains(e)).toList()));
            }
            // In key order: each batch then walks its B-tree once, from one page to the next, instead of
            // landing on a random page per row (subs are random), which H2 would read and rewrite.
            Sql.batch(c, DELETE_ENTRY, Sql.sorted(entriesGone, 4));
            Sql.batch(c, "DELETE FROM cairn_user WHERE pool_id = ? AND sub = ?", Sql.sorted(deletes, 2));
            Sql.batch(c, "INSERT INTO cairn_user (pool_id, sub, document) VALUES (?, ?, ?)", Sql.sorted(inserts, 2));
            Sql.batch(c, "UPDATE cairn_user SET document = ? WHERE pool_id = ? AND sub = ?", updates);
            Sql.batch(c, "INSERT INTO cairn_user_index (pool_id, name, value, sub) VALUES (?, ?, ?, ?)", Sql.sorted(entriesNew, 4));
            return null;
        });
    }

    private static List<Object[]> rows(String poolId, String sub, List<IndexEntry> entries) {
        return entries.stream().map(e -> new Object[]{poolId, e.name(), e.value(), sub}).toList();
    }

    @Override
    public Optional<String> get(String poolId, String sub) {
        return tx.read(c -> Sql.one(c, "SELECT document FROM cairn_user WHERE pool_id = ? AND sub = ?", rs -> rs.getString(1), poolId, sub));
    }

    @Override
    public void delete(String poolId, String sub, List<IndexEntry> index) {
        writeAll(List.of(new Write(poolId, sub, null, index, List.of())));
    }

    @Override
    public void deletePool(String poolId) {
        tx.write(c -> {
            Sql.update(c, "DELETE FROM cairn_user_index WHERE pool_id = ?", poolId);
            return Sql.update(c, "DELETE FROM cairn_user WHERE pool_id = ?", poolId);
        });
    }

    @Override
    public List<Hit> find(String poolId, String name, Match match, String value, Cursor after, int limit) {
        if (limit <= 0) return List.of();
        return tx.read(c -> {
            if (after == null) return matching(c, poolId, name, match, value, null, limit);
            List<Hit> hits = new ArrayList<>();
            if (matches(match, value, after.value())) {
                hits.addAll(query(c, List.of(poolId, name, after.value(), after.sub()), value(name) + " = ? AND i.sub > ?", limit));
                if (match == Match.EQUALS) return hits; // an exact match has no values after its own
            }
            if (hits.size() < limit) hits.addAll(matching(c, poolId, name, match, value, after.value(), limit - hits.size()));
            return hits;
        });
    }

    /** Entries matching {@code value}: all of them, or those whose value is greater than {@code afterValue}. */
    private List<Hit> matching(Connection c, String poolId, String name, Match match, String value, String afterValue, int limit)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(poolId, name));
        String column = value(name);
        if (match == Match.EQUALS) {
            conditions.add(column + " = ?");
            params.add(value);
        } else if (!value.isEmpty()) {
            conditions.add(column + " >= ? AND " + column + " < ?");
            params.add(value);
            params.add(dialect.prefixEnd(value));
        }
        if (afterValue != null) {
            conditions.add(column + " > ?");
            params.add(afterValue);
        }
        return query(c, params, conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), limit);
    }

    /** The column holding an entry's value: the sub itself for {@code sub}. */
    private static String value(String name) {
        return name.equals(SUB) ? "i.sub" : "i.value";
    }

    /** {@code params} are the pool id, the index name, then the condition's own parameters. */
    private static List<Hit> query(Connection c, List<Object> params, String condition, int limit) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        boolean bySub = all.get(1).equals(SUB);
        if (bySub) all.remove(1); // the users' table has no name column
        String sql = (bySub ? HITS_BY_SUB : HITS).formatted(condition);
        return Sql.list(c, sql, rs -> new Hit(rs.getString(2), rs.getString(1), rs.getString(3)), all.toArray());
    }

    private static boolean matches(Match match, String value, String candidate) {
        return match == Match.EQUALS ? candidate.equals(value) : candidate.startsWith(value);
    }

    @Override
    public long count(String poolId) {
        return tx.read(c -> Sql.one(c, "SELECT COUNT(*) FROM cairn_user WHERE pool_id = ?", rs -> rs.getLong(1), poolId).orElse(0L));
    }

    @Override
    public List<String> poolIds() {
        return tx.read(c -> Sql.list(c, "SELECT DISTINCT pool_id FROM cairn_user ORDER BY pool_id", rs -> rs.getString(1)));
    }
}
