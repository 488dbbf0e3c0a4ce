package dev.cairn.storage.jdbc.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal record's bytes: the commit's sequence number, then each write's SQL and parameter rows.
 * Parameters are typed: those {@link Write#checkParameter} lets through.
 */
final class RecordCodec {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte BYTES = 4;
    private static final byte BOOLEAN = 5;

    /** Where the sequence number sits in a record, so it can be set once the commit's order is known. */
    static final int SEQUENCE_OFFSET = 0;

    private RecordCodec() {
    }

    /** The record of {@code writes}, with sequence number 0 to be set later at {@link #SEQUENCE_OFFSET}. */
    static byte[] encode(List<Write> writes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(0);
            out.writeInt(writes.size());
            for (Write w : writes) {
                writeText(out, w.sql());
                out.writeInt(w.rows().size());
                for (Object[] row : w.rows()) {
                    out.writeInt(row.length);
                    for (Object v : row) writeValue(out, v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static void setSequence(byte[] record, long sequence) {
        ByteBuffer.wrap(record).putLong(SEQUENCE_OFFSET, sequence);
    }

    /** A decoded record. */
    record Entry(long sequence, List<Write> writes) {
    }

    static Entry decode(byte[] record) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(record));
        long sequence = in.readLong();
        int count = in.readInt();
        List<Write> writes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String sql = readText(in);
            int rowCount = in.readInt();
            List<Object[]> rows = new ArrayList<>(rowCount);
            for (int r = 0; r < rowCount; r++) {
                Object[] row = new Object[in.readInt()];
                for (int p = 0; p < row.length; p++) row[p] = readValue(in);
                rows.add(row);
            }
            writes.add(new Write(sql, rows));
        }
        return new Entry(sequence, writes);
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(TEXT);
            writeText(out, s);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof byte[] b) {
            out.writeByte(BYTES);
            out.writeInt(b.length);
            out.write(b);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not journalable: " + v.getClass().getName()); // checked when recorded
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte type = in.readByte();
        return switch (type) {
            case NULL -> null;
            case TEXT -> readText(in);
            case LONG -> in.readLong();
            case INT -> in.readInt();
            case BYTES -> in.readNBytes(in.readInt());
            case BOOLEAN -> in.readBoolean();
            default -> throw new IOException("Unknown parameter type " + type + " in the commit journal");
        };
    }

    // writeUTF stops at 64 KB; documents can be longer.
    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
