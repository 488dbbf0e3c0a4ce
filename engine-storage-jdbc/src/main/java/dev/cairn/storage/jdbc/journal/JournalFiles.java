package dev.cairn.storage.jdbc.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The journal's files: numbered segments ({@code cairn.journal.000001}, ...) of records, each framed
 * as length, CRC-32C and bytes. Records are appended in commit order, to the newest segment; a
 * checkpoint starts a new segment ({@link #rotate}) and, once the database file holds everything
 * committed before it, deletes the older ones.
 *
 * <p>Forcing is shared ({@link #sync}): a caller waits until a force that began after its append has
 * finished, and one force covers every record appended before it began, so under load commits share
 * fsyncs instead of queueing one each.
 */
final class JournalFiles implements AutoCloseable {

    private static final String PREFIX = "cairn.journal.";
    private static final int HEADER = 8;

    private final Path dir;
    private final boolean force;
    private FileChannel active;
    private int activeIndex;
    private long activeSize;
    /** Records appended so far (the ticket of the last one), and how many of them a force covered. */
    private long appended;
    private long forcedThroughRotation;
    private final Object syncLock = new Object();
    private long synced;
    private boolean syncing;
    private IOException broken;

    private JournalFiles(Path dir, boolean force, int firstIndex) throws IOException {
        this.dir = dir;
        this.force = force;
        open(firstIndex);
    }

    /** A journal whose first segment follows every segment in {@code dir}. */
    static JournalFiles create(Path dir, boolean force) throws IOException {
        List<Path> existing = segments(dir);
        int next = existing.isEmpty() ? 1 : index(existing.get(existing.size() - 1)) + 1;
        return new JournalFiles(dir, force, next);
    }

    /** Appends one record without forcing it; returns its ticket for {@link #sync}. */
    synchronized long append(byte[] record) throws IOException {
        if (broken != null) throw new IOException("The commit journal failed earlier: " + broken.getMessage(), broken);
        CRC32C crc = new CRC32C();
        crc.update(record);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + record.length);
        frame.putInt(record.length).putInt((int) crc.getValue()).put(record).flip();
        try {
            while (frame.hasRemaining()) active.write(frame);
        } catch (IOException e) {
            broken = e; // a partly written frame ends the journal: nothing after it could be read back
            throw e;
        }
        activeSize += frame.limit();
        return ++appended;
    }

    synchronized long activeSize() {
        return activeSize;
    }

    /** Returns once the record with {@code ticket} is on the device (at once when not forcing). */
    void sync(long ticket) throws IOException {
        if (!force) return;
        while (true) {
            synchronized (syncLock) {
                while (syncing && synced < ticket) {
                    try {
                        syncLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("Interrupted while waiting for the commit journal to reach the disk", e);
                    }
                }
                if (synced >= ticket) return;
                syncing = true;
            }
            long covers;
            FileChannel channel;
            synchronized (this) {
                covers = appended;
                channel = active;
            }
            boolean done = false;
            try {
                try {
                    channel.force(false);
                } catch (ClosedChannelException rotated) {
                    // rotate() forced this segment before closing it
                    synchronized (this) {
                        covers = forcedThroughRotation;
                    }
                }
                done = true;
            } finally {
                synchronized (syncLock) {
                    syncing = false;
                    if (done) synced = Math.max(synced, covers);
                    syncLock.notifyAll();
                }
            }
        }
    }

    /** Starts a new segment (forcing the current one first); returns the new segment's number. */
    synchronized int rotate() throws IOException {
        if (force) active.force(false);
        forcedThroughRotation = appended;
        active.close();
        open(activeIndex + 1);
        return activeIndex;
    }

    /** Deletes the segments numbered below {@code index}. */
    void deleteBefore(int index) throws IOException {
        for (Path p : segments(dir)) {
            if (index(p) < index) Files.deleteIfExists(p);
        }
    }

    /** Deletes every segment in {@code dir}. */
    static void deleteAll(Path dir) throws IOException {
        for (Path p : segments(dir)) Files.deleteIfExists(p);
    }

    @Override
    public synchronized void close() throws IOException {
        if (force && active.isOpen()) active.force(false);
        active.close();
    }

    private void open(int index) throws IOException {
        Path file = dir.resolve(PREFIX + String.format("%06d", index));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // The journal holds what the database holds: its owner alone may read it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        active = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        activeIndex = index;
        activeSize = 0;
        if (force) {
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true); // the new file's name, too, must survive a machine crash
            } catch (IOException ignored) {
                // not every platform can open a folder; the file's own force still holds its content
            }
        }
    }

    /** What {@link #read} hands each record to. */
    @FunctionalInterface
    interface RecordHandler {
        void accept(byte[] record) throws IOException, java.sql.SQLException;
    }

    /** The segments in {@code dir}, oldest first. */
    static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("cairn\\.journal\\.\\d+"))
                    .sorted((a, b) -> Integer.compare(index(a), index(b))).toList();
        }
    }

    private static int index(Path segment) {
        return Integer.parseInt(segment.getFileName().toString().substring(PREFIX.length()));
    }

    /**
     * Reads every record of every segment in order. A record cut short or failing its checksum at the
     * end of the newest segment is where a crash interrupted an append that was never acknowledged:
     * reading stops there. Anywhere else it is damage, and reading fails.
     */
    static void read(Path dir, RecordHandler records) throws IOException, java.sql.SQLException {
        List<Path> segments = segments(dir);
        for (int s = 0; s < segments.size(); s++) {
            boolean newest = s == segments.size() - 1;
            byte[] all = Files.readAllBytes(segments.get(s));
            ByteBuffer in = ByteBuffer.wrap(all);
            while (in.hasRemaining()) {
                String damage = null;
                byte[] record = null;
                if (in.remaining() < HEADER) {
                    damage = "a record header cut short";
                } else {
                    int length = in.getInt();
                    int crc = in.getInt();
                    if (length < 0 || length > in.remaining()) {
                        damage = "a record cut short";
                    } else {
                        record = new byte[length];
                        in.get(record);
                        CRC32C check = new CRC32C();
                        check.update(record);
                        if ((int) check.getValue() != crc) damage = "a record failing its checksum";
                    }
                }
                if (damage != null) {
                    if (newest) return;
                    throw new IOException("The commit journal " + segments.get(s) + " holds " + damage + " before its end");
                }
                records.accept(record);
            }
        }
    }
}
