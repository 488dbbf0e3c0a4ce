package dev.cairn.test.storage;

import dev.cairn.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the same logical schema on H2 and PostgreSQL (same tables, columns, kinds of
 * type, nullability and keys), key columns compare by character code on PostgreSQL whatever the
 * database's collation, and migrating again changes nothing.
 */
class SchemaParityTest {

    private static final List<String> TABLES = List.of("domain_event_entry", "snapshot_event_entry", "cairn_claim", "cairn_pool",
            "cairn_user", "cairn_user_index", "cairn_device", "cairn_meta", "cairn_personal_key", "cairn_schema_version", "cairn_event_chain");

    private static String postgresUrl;

    @BeforeAll
    static void migratePostgres() {
        postgresUrl = PostgresServer.shared().newDatabase("parity");
        JdbcStorage.postgres(postgresUrl, PostgresServer.shared().user(), PostgresServer.shared().password()).close();
    }

    private static Connection postgres() throws SQLException {
        return DriverManager.getConnection(postgresUrl, PostgresServer.shared().user(), PostgresServer.shared().password());
    }

    @Test
    void h2AndPostgresHaveTheSameTablesColumnsAndKeys(@TempDir Path h2Dir) throws SQLException {
        JdbcStorage.h2File(h2Dir).close();
        Map<String, String> h2;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + h2Dir.resolve("cairn") + ";NON_KEYWORDS=KEY,VALUE", "sa", "")) {
            h2 = describe(c.getMetaData(), "PUBLIC", true);
        }
        Map<String, String> pg;
        try (Connection c = postgres()) {
            pg = describe(c.getMetaData(), "public", false);
        }

        assertThat(pg.keySet()).containsAll(TABLES.stream().map(t -> t + ".columns").toList());
        assertThat(pg).isEqualTo(h2);
        // The log's one uniqueness: an aggregate's sequence (the optimistic concurrency check); no index on event ids.
        assertThat(pg.get("domain_event_entry.indexes")).isEqualTo("unique(aggregate_identifier, sequence_number); unique(global_index)");
    }

    @Test
    void postgresKeyColumnsUseTheCCollation() throws SQLException {
        List<String> notC = new ArrayList<>();
        try (Connection c = postgres(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, column_name, collation_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name IN ('cairn_claim', 'cairn_pool', 'cairn_user', 'cairn_user_index', 'cairn_device', 'cairn_meta', 'cairn_personal_key')
                AND column_name NOT IN ('document', 'sealed_key') AND NOT (table_name = 'cairn_meta' AND column_name = 'value')""")) {
            int columns = 0;
            while (rs.next()) {
                columns++;
                if (!"C".equals(rs.getString(3))) notC.add(rs.getString(1) + "." + rs.getString(2) + "=" + rs.getString(3));
            }
            assertThat(columns).as("claim 4, pool 1, user 2, user index 4, device 3, meta 1, personal key 2").isEqualTo(17);
        }
        assertThat(notC).isEmpty();
    }

    @Test
    void openingAMigratedPostgresDatabaseAgainMigratesNothing() throws SQLException {
        JdbcStorage.postgres(postgresUrl, PostgresServer.shared().user(), PostgresServer.shared().password()).close();

        try (Connection c = postgres(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description FROM cairn_schema_version ORDER BY version")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) versions.add(rs.getInt(1) + "__" + rs.getString(2));
            assertThat(versions).containsExactly("1__event_log", "2__read_models", "3__personal_data_keys", "4__devices",
                    "5__user_index_by_pk_only", "6__sub_from_user_table", "7__event_identifier_not_unique", "8__event_chain");
        }
    }

    /** table.columns, table.pk, table.index:<columns> to a comparable description. */
    private static Map<String, String> describe(DatabaseMetaData meta, String schema, boolean upperCase) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (String table : TABLES) {
            String name = upperCase ? table.toUpperCase(Locale.ROOT) : table;
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + kind(rs.getInt("DATA_TYPE"))
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
                }
            }
            out.put(table + ".columns", String.join(", ", columns.stream().sorted().toList()));
            TreeMap<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
                while (rs.next()) pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            out.put(table + ".pk", String.join(", ", pk.values()));
            Map<String, TreeMap<Short, String>> indexes = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema, name, false, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") == null) continue;
                    String key = (rs.getBoolean("NON_UNIQUE") ? "index" : "unique") + ":" + rs.getString("INDEX_NAME");
                    indexes.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            // Index names are the databases' own for constraints; what matters is which column lists are indexed, how.
            out.put(table + ".indexes", String.join("; ", indexes.entrySet().stream()
                    .map(e -> e.getKey().substring(0, e.getKey().indexOf(':')) + "(" + String.join(", ", e.getValue().values()) + ")")
                    .sorted().distinct().toList()));
        }
        return out;
    }

    private static String kind(int sqlType) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.LONGVARCHAR, Types.CHAR, Types.NVARCHAR, Types.CLOB -> "text";
            case Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            default -> "type " + sqlType;
        };
    }
}
