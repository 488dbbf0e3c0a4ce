package dev.cairn.storage.jdbc.schema;

import dev.cairn.core.chain.ChainHash;
import dev.cairn.core.chain.ChainHead;
import dev.cairn.core.chain.StoredEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The SQL of the log's hash chain: each row of {@code domain_event_entry} carries its
 * {@code chain_position} and {@code chain_hash}, and the one row of {@code cairn_event_chain} the
 * chain's head (event count and last link). An append locks the head row, links its events after
 * it and moves it, in the appending transaction: appends from every node on one database take their
 * turn there, so the log's order (its global index, which they take while holding the lock) is the
 * chain's order and the commit order.
 */
public final class EventChainTable {

    /** The columns a verification reads, in {@link #row}'s order. */
    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data, chain_position, chain_hash";
    private static final int PAGE = 2_000;

    private EventChainTable() {
    }

    /** Locks the head row until the transaction ends and reads it. */
    public static ChainHead lockHead(Connection c) throws SQLException {
        return readHead(c, " FOR UPDATE");
    }

    /** The head as last committed. */
    public static ChainHead head(Connection c) throws SQLException {
        return readHead(c, "");
    }

    private static ChainHead readHead(Connection c, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT event_count, head_hash FROM cairn_event_chain WHERE id = 1" + lock);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) throw new SQLException("The event chain's head row is missing from cairn_event_chain");
            return new ChainHead(rs.getLong(1), rs.getBytes(2));
        }
    }

    /** Moves the head (in the transaction that locked it). */
    public static void advance(Connection c, ChainHead head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE cairn_event_chain SET event_count = ?, head_hash = ? WHERE id = 1")) {
            s.setLong(1, head.count());
            s.setBytes(2, head.hash());
            if (s.executeUpdate() != 1) throw new SQLException("The event chain's head row is missing from cairn_event_chain");
        }
    }

    /** How many rows the log holds. */
    public static long size(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM domain_event_entry"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every row in global index order, a page at a time (keyset pagination: no cursor held open, so
     * it streams on every database and driver alike); each page on a connection from {@code connections}.
     */
    public static void scan(Connections connections, Consumer<StoredEvent> sink) throws SQLException {
        long after = Long.MIN_VALUE;
        while (true) {
            List<StoredEvent> page = new ArrayList<>(PAGE);
            try (Connection c = connections.open();
                 PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ? "
                         + "ORDER BY global_index FETCH FIRST " + PAGE + " ROWS ONLY")) {
                s.setLong(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) page.add(row(rs));
                }
            }
            page.forEach(sink);
            if (page.size() < PAGE) return;
            after = page.get(page.size() - 1).globalIndex();
        }
    }

    /** A connection per page; closing it gives it back. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static StoredEvent row(ResultSet rs) throws SQLException {
        long position = rs.getLong(11);
        Long pos = rs.wasNull() ? null : position;
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10), pos, rs.getBytes(12));
    }

    /**
     * Migration 6: the chain's columns and head row, and every event already in the log linked in
     * global index order (a backfill, so an existing database is chained from its first event; it
     * attests to the log as it was when the migration ran, nothing earlier).
     */
    static void migrate(Connection c, dev.cairn.storage.jdbc.dialect.Dialect dialect) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE domain_event_entry ADD COLUMN IF NOT EXISTS chain_position BIGINT");
            s.execute("ALTER TABLE domain_event_entry ADD COLUMN IF NOT EXISTS chain_hash " + dialect.hashType());
            s.execute("CREATE TABLE IF NOT EXISTS cairn_event_chain (id INTEGER NOT NULL, event_count BIGINT NOT NULL, head_hash "
                    + dialect.hashType() + " NOT NULL, PRIMARY KEY (id))");
            s.execute("DELETE FROM cairn_event_chain");
        }
        long[] count = {0};
        byte[][] previous = {ChainHash.GENESIS};
        try (PreparedStatement update = c.prepareStatement("UPDATE domain_event_entry SET chain_position = ?, chain_hash = ? WHERE global_index = ?")) {
            SQLException[] failure = {null};
            // scan reads a whole page before handing its rows on, so the updates never run beside an open result
            scan(() -> unclosable(c), row -> {
                if (failure[0] != null) return;
                try {
                    previous[0] = ChainHash.link(previous[0], count[0], row);
                    update.setLong(1, count[0]++);
                    update.setBytes(2, previous[0]);
                    update.setLong(3, row.globalIndex());
                    update.addBatch();
                    if (count[0] % 1000 == 0) update.executeBatch();
                } catch (SQLException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) throw failure[0];
            update.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cairn_event_chain (id, event_count, head_hash) VALUES (1, ?, ?)")) {
            s.setLong(1, count[0]);
            s.setBytes(2, previous[0]);
            s.executeUpdate();
        }
    }

    /** The migration's own connection, lent to {@link #scan} page by page without being closed. */
    private static Connection unclosable(Connection c) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(EventChainTable.class.getClassLoader(), new Class<?>[]{Connection.class},
                (p, m, a) -> {
                    if (m.getName().equals("close")) return null;
                    try {
                        return m.invoke(c, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
