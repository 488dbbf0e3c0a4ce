package dev.cairn.storage.jdbc.dialect;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows loaded with {@code COPY ... FROM STDIN} in PostgreSQL's text format: one statement for all the
 * rows, no SQL to parse per row and no parameters to bind, each row a line of tab-separated values.
 * pgjdbc always talks UTF-8 to the server, so the lines are sent as UTF-8.
 */
final class PostgresCopy implements BulkLoad {

    static final PostgresCopy INSTANCE = new PostgresCopy();

    /** Characters gathered before they are encoded and sent: the data travels in pieces of about this size. */
    private static final int CHUNK = 1 << 16;

    private PostgresCopy() {
    }

    @Override
    public void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) return;
        String sql = "COPY " + table + " (" + Dialect.columns(columns) + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(CHUNK + 4096);
            for (Object[] row : rows) {
                line(text, row);
                if (text.length() >= CHUNK) send(copy, text);
            }
            send(copy, text);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            // the connection must leave COPY mode to be usable again (its transaction is lost either way)
            try {
                if (copy.isActive()) copy.cancelCopy();
            } catch (SQLException cancel) {
                e.addSuppressed(cancel);
            }
            throw e;
        }
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One row of the text format: values separated by tabs, {@code \N} for null, a newline at the end. */
    static void line(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) out.append('\t');
            if (row[i] == null) out.append("\\N");
            else escape(out, (String) row[i]);
        }
        out.append('\n');
    }

    /**
     * A value of the text format: backslash, the delimiter (tab), newline and carriage return are
     * written as backslash sequences, the only characters the format gives a meaning to; every other
     * character, any Unicode included, stands for itself. (A value cannot then be the end marker {@code \.}.)
     */
    static void escape(StringBuilder out, String value) {
        int first = firstSpecial(value);
        if (first < 0) {
            out.append(value); // most values, JSON documents included, have none of them
            return;
        }
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    /**
     * The index of the first character to escape, or -1: four searches for one character each, which
     * the JVM runs vectorized, cost less than looking at each character once in a loop (a profile of a
     * rebuild found a fifth of the projections' thread in such a loop).
     */
    private static int firstSpecial(String value) {
        int first = -1;
        for (char ch : SPECIAL) {
            int at = value.indexOf(ch);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    private static final char[] SPECIAL = {'\\', '\t', '\n', '\r'};
}
