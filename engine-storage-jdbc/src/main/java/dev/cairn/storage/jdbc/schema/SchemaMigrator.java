package dev.cairn.storage.jdbc.schema;

import dev.cairn.storage.jdbc.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Brings a database to the newest schema at startup: applies, in order, every {@link Migration} not
 * yet recorded in {@code cairn_schema_version}, each in its own transaction together with its record.
 * Running it again changes nothing. It refuses a database that a newer engine has migrated further
 * than this engine knows, rather than running against a schema it does not understand.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Dialect dialect;
    private final List<Migration> migrations;

    public SchemaMigrator(Dialect dialect, List<Migration> migrations) {
        this.dialect = dialect;
        this.migrations = migrations.stream().sorted(java.util.Comparator.comparingInt(Migration::version)).toList();
    }

    public SchemaMigrator(Dialect dialect) {
        this(dialect, Migrations.ALL);
    }

    /** Applies the missing migrations on {@code connection} (auto-commit is restored afterwards); returns how many ran. */
    public int migrate(Connection connection) throws SQLException {
        dialect.lockSchema(connection);
        try {
            createVersionTable(connection);
            TreeSet<Integer> applied = appliedVersions(connection);
            int newest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
            if (!applied.isEmpty() && applied.last() > newest) {
                throw new IllegalStateException("The database schema is at version " + applied.last()
                        + ", newer than this engine's " + newest + "; upgrade the engine");
            }
            int ran = 0;
            for (Migration m : migrations) {
                if (applied.contains(m.version())) continue;
                apply(connection, m);
                ran++;
            }
            return ran;
        } finally {
            connection.setAutoCommit(true);
            dialect.unlockSchema(connection);
        }
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS cairn_schema_version (
                        version INTEGER NOT NULL,
                        description VARCHAR(200) NOT NULL,
                        applied_at VARCHAR(40) NOT NULL,
                        PRIMARY KEY (version)
                    )""");
        }
    }

    private static TreeSet<Integer> appliedVersions(Connection connection) throws SQLException {
        TreeSet<Integer> versions = new TreeSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM cairn_schema_version")) {
            while (rs.next()) versions.add(rs.getInt(1));
        }
        return versions;
    }

    private void apply(Connection connection, Migration m) throws SQLException {
        connection.setAutoCommit(false);
        try {
            m.step().apply(connection, dialect);
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO cairn_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, m.version());
                record.setString(2, m.description());
                record.setString(3, Instant.now().toString());
                record.executeUpdate();
            }
            connection.commit();
            LOG.info("Applied schema migration {} on {}", m.name(), dialect.name());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new SQLException("Schema migration " + m.name() + " failed: " + e.getMessage(), e);
        }
    }
}
