package dev.cairn.storage.jdbc.schema;

import dev.cairn.storage.jdbc.dialect.Dialect;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Every migration of Cairn's schema, oldest first. */
public final class Migrations {

    private Migrations() {
    }

    public static final List<Migration> ALL = List.of(
            new Migration(1, "event_log", Migrations::eventLog),
            new Migration(2, "read_models", sqlScript("V2__read_models.sql")));

    /**
     * Axon's domain_event_entry and snapshot_event_entry, from the dialect's event table factory;
     * {@code UNIQUE(aggregate_identifier, sequence_number)} there is the optimistic concurrency check.
     */
    private static void eventLog(Connection connection, Dialect dialect) throws SQLException {
        EventSchema schema = EventSchema.builder().build();
        try (PreparedStatement events = dialect.eventTableFactory().createDomainEventTable(connection, schema)) {
            events.execute();
        }
        try (PreparedStatement snapshots = dialect.eventTableFactory().createSnapshotEventTable(connection, schema)) {
            snapshots.execute();
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
