package dev.cairn.storage.jdbc;

import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Axon's JDBC event storage engine, storing each event's timestamp to the nanosecond. Axon writes
 * milliseconds, so an event read back from the table would carry another timestamp than the one the
 * live projections saw when it was published, and a projection rebuilt from the log would differ
 * from the live one in every date it shows. The text keeps a fixed width, so it still sorts as time.
 */
final class JdbcEventLog extends JdbcEventStorageEngine {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    JdbcEventLog(Builder builder) {
        super(builder);
    }

    @Override
    protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp) throws SQLException {
        statement.setString(position, TIMESTAMP.format(timestamp));
    }
}
