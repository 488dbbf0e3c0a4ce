package dev.cairn.storage.jdbc.schema;

import dev.cairn.storage.jdbc.dialect.Dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One numbered schema change. Once released, a migration never changes: later needs get a new
 * number. Every step is idempotent ({@code IF NOT EXISTS}), because H2 commits DDL statement by
 * statement, so a migration interrupted there is simply run again.
 *
 * @param version     its number, applied in ascending order
 * @param description what it does, recorded beside the number
 * @param step        the change, run in one transaction where the database allows transactional DDL
 */
public record Migration(int version, String description, Step step) {

    /** The change itself. */
    @FunctionalInterface
    public interface Step {
        void apply(Connection connection, Dialect dialect) throws SQLException;
    }

    /** Its name in the style V1__event_log. */
    public String name() {
        return "V" + version + "__" + description;
    }
}
