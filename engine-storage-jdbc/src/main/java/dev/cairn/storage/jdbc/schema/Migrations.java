package dev.cairn.storage.jdbc.schema;

import dev.cairn.storage.jdbc.dialect.Dialect;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every migration of Cairn's schema, oldest first. */
public final class Migrations {

    private Migrations() {
    }

    /**
     * The names of Axon's event tables and columns in snake case, as Axon's JPA entities name them
     * (Axon's JDBC defaults are camel case, which PostgreSQL would fold to lower case unreadably).
     */
    public static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index").timestampColumn("time_stamp").eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number").typeColumn("type")
            .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision").payloadColumn("payload")
            .metaDataColumn("meta_data").build();

    public static final List<Migration> ALL = List.of(
            new Migration(1, "event_log", Migrations::eventLog),
            new Migration(2, "read_models", sqlScript("V2__read_models.sql")),
            new Migration(3, "personal_data_keys", sqlScript("V3__personal_data_keys.sql")),
            new Migration(4, "devices", sqlScript("V4__devices.sql")),
            new Migration(5, "user_index_by_pk_only", sqlScript("V5__user_index_by_pk_only.sql")),
            new Migration(6, "sub_from_user_table", sqlScript("V6__sub_from_user_table.sql")),
            new Migration(7, "event_identifier_not_unique", Migrations::eventIdentifierNotUnique),
            new Migration(8, "event_chain", EventChainTable::migrate));

    /**
     * Axon's domain_event_entry and snapshot_event_entry, from the dialect's event table factory;
     * {@code UNIQUE(aggregate_identifier, sequence_number)} there is the optimistic concurrency check.
     */
    private static void eventLog(Connection connection, Dialect dialect) throws SQLException {
        try (PreparedStatement events = dialect.eventTableFactory().createDomainEventTable(connection, EVENT_SCHEMA)) {
            events.execute();
        }
        try (PreparedStatement snapshots = dialect.eventTableFactory().createSnapshotEventTable(connection, EVENT_SCHEMA)) {
            snapshots.execute();
        }
    }

    /**
     * Drops the UNIQUE constraint Axon's table declares on {@code event_identifier}. Nothing looks an
     * event up by its identifier (Axon reads by aggregate and sequence, or by global index), the
     * identifiers are random UUIDs, and the constraint's index cost every append a B-tree insert at a
     * random place (and its pages rewritten by H2) plus about 60 bytes of disk per event. The
     * constraint's name is the database's own choice, so it is found by its single column.
     */
    private static void eventIdentifierNotUnique(Connection connection, Dialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name
                    AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name
                WHERE LOWER(tc.table_name) = 'domain_event_entry' AND tc.constraint_type = 'UNIQUE'
                    AND tc.table_schema = CURRENT_SCHEMA
                GROUP BY tc.constraint_name
                HAVING COUNT(*) = 1 AND MAX(LOWER(k.column_name)) = 'event_identifier'""")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        try (Statement s = connection.createStatement()) {
            for (String name : names) s.execute("ALTER TABLE domain_event_entry DROP CONSTRAINT \"" + name + "\"");
        }
    }

    /**
     * A script of statements separated by semicolons at line ends, with whole-line {@code --}
     * comments, and {@code ${key}} and {@code ${document}} standing for the dialect's column types.
     */
    static Migration.Step sqlScript(String resource) {
        String script = read(resource);
        return (connection, dialect) -> {
            String sql = script.lines().filter(l -> !l.stripLeading().startsWith("--"))
                    .map(l -> l.replace("${key}", dialect.keyType()).replace("${document}", dialect.documentType()))
                    .reduce("", (a, b) -> a + b + "\n");
            try (Statement s = connection.createStatement()) {
                for (String statement : sql.split(";\\s*\\n")) {
                    if (!statement.isBlank()) s.execute(statement.strip());
                }
            }
        };
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing migration script " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
