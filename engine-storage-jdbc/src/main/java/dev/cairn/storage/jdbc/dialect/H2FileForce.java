package dev.cairn.storage.jdbc.dialect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * fsync of an H2 database file. H2's MVStore never calls fsync on commit: with {@code WRITE_DELAY=0}
 * each commit writes its chunk to the file before it returns, where it sits in the operating system's
 * page cache, safe from a crash of the process but not of the machine. This forces the file through a
 * read-only channel of its own (fsync flushes every dirty page of a file, whoever wrote it). H2's
 * {@code CHECKPOINT SYNC} would also do, but it compacts the store first, which costs more than the
 * fsync itself.
 *
 * <p>The channel stays open until {@link #close()}, after H2 has closed the file: closing any channel
 * of a file releases the process's POSIX locks on it, H2's file lock among them.
 */
final class H2FileForce implements GroupSync.Force, AutoCloseable {

    private final Path file;
    private FileChannel channel;

    H2FileForce(Path file) {
        this.file = file;
    }

    /** Opens the file on first use, when H2 has created it. */
    @Override
    public synchronized void force() throws IOException {
        if (channel == null) channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) channel.close();
        channel = null;
    }
}
