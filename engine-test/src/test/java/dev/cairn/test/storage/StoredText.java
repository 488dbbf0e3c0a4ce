package dev.cairn.test.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every byte a database holds in its tables, as text: what a scan for leaked values reads. */
final class StoredText {

    private StoredText() {
    }

    /**
     * Every row of every table (outside the database's own catalog), closing the connection. Cairn
     * has at least five tables of its own; fewer read means the scan missed some.
     */
    static String everyTable(Connection c) throws SQLException {
        return tables(c, name -> true, 5);
    }

    /** Every row of the tables whose lower-case name passes {@code include}, closing the connection. */
    static String tables(Connection c, Predicate<String> include) throws SQLException {
        return tables(c, include, 1);
    }

    private static String tables(Connection c, Predicate<String> include, int atLeast) throws SQLException {
        StringBuilder everything = new StringBuilder();
        try (c) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.startsWith("pg_"))) continue;
                    String name = rs.getString("TABLE_NAME");
                    if (!include.test(name.toLowerCase(Locale.ROOT))) continue;
                    tables.add((schema == null ? "" : "\"" + schema + "\".") + "\"" + name + "\"");
                }
            }
            assertThat(tables).as("tables read").hasSizeGreaterThanOrEqualTo(atLeast);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] bytes = rs.getBytes(i);
                            if (bytes != null) everything.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
                        }
                    }
                }
            }
        }
        return everything.toString();
    }
}
