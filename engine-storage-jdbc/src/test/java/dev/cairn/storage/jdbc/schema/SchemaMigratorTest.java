package dev.cairn.storage.jdbc.schema;

import dev.cairn.storage.jdbc.dialect.H2Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigratorTest {

    private final H2Dialect dialect = H2Dialect.inMemory();
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection(H2Dialect.memoryUrl("migrate-" + UUID.randomUUID()), "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void aNewDatabaseGetsEveryMigrationOnceAndAllTables() throws SQLException {
        assertThat(new SchemaMigrator(dialect).migrate(connection)).isEqualTo(Migrations.ALL.size());

        assertThat(versions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(tables()).contains("DOMAIN_EVENT_ENTRY", "SNAPSHOT_EVENT_ENTRY", "CAIRN_CLAIM", "CAIRN_POOL", "CAIRN_USER",
                "CAIRN_USER_INDEX", "CAIRN_DEVICE", "CAIRN_META", "CAIRN_PERSONAL_KEY", "CAIRN_SCHEMA_VERSION", "CAIRN_EVENT_CHAIN");
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        new SchemaMigrator(dialect).migrate(connection);

        assertThat(new SchemaMigrator(dialect).migrate(connection)).isZero();
        assertThat(versions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aDatabaseAtAnOlderVersionGetsOnlyTheNewerMigrations() throws SQLException {
        new SchemaMigrator(dialect, Migrations.ALL.subList(0, 1)).migrate(connection);
        assertThat(tables()).contains("DOMAIN_EVENT_ENTRY").doesNotContain("CAIRN_USER");

        assertThat(new SchemaMigrator(dialect).migrate(connection)).isEqualTo(Migrations.ALL.size() - 1);
        assertThat(tables()).contains("CAIRN_USER", "CAIRN_PERSONAL_KEY");
    }

    @Test
    void aDatabaseMigratedByANewerEngineIsRefused() throws SQLException {
        new SchemaMigrator(dialect).migrate(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO cairn_schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        }

        assertThatThrownBy(() -> new SchemaMigrator(dialect).migrate(connection))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 99");
    }

    @Test
    void aFailedMigrationIsNotRecordedAndRunsAgainNextTime() throws SQLException {
        List<Migration> broken = new ArrayList<>(Migrations.ALL);
        int next = Migrations.ALL.size() + 1;
        broken.add(new Migration(next, "broken", (c, d) -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS cairn_extra (id INTEGER PRIMARY KEY)");
                s.execute("THIS IS NOT SQL");
            }
        }));
        assertThatThrownBy(() -> new SchemaMigrator(dialect, broken).migrate(connection))
                .isInstanceOf(SQLException.class).hasMessageContaining("V" + next + "__broken");
        assertThat(versions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        List<Migration> fixed = new ArrayList<>(Migrations.ALL);
        fixed.add(new Migration(next, "fixed", (c, d) -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS cairn_extra (id INTEGER PRIMARY KEY)");
            }
        }));
        assertThat(new SchemaMigrator(dialect, fixed).migrate(connection)).isEqualTo(1);
        assertThat(versions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, next);
    }

    @Test
    void scriptsSkipCommentsAndRunEveryStatement() throws SQLException {
        Migration.Step script = Migrations.sqlScript("V2__read_models.sql");
        script.apply(connection, dialect);
        script.apply(connection, dialect); // idempotent: IF NOT EXISTS everywhere

        assertThat(tables()).contains("CAIRN_CLAIM", "CAIRN_POOL", "CAIRN_USER", "CAIRN_USER_INDEX", "CAIRN_META");
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, "CAIRN_USER_INDEX", false, false)) {
            List<String> indexes = new ArrayList<>();
            while (rs.next()) indexes.add(rs.getString("INDEX_NAME"));
            assertThat(indexes).contains("CAIRN_USER_INDEX_BY_USER");
        }
    }

    private List<Integer> versions() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM cairn_schema_version ORDER BY version")) {
            while (rs.next()) versions.add(rs.getInt(1));
        }
        return versions;
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
            while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
        }
        return tables;
    }
}
