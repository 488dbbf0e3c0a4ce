package dev.cairn.storage.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Keeps the embedded database's folder and files to their owner, where the file system can say so. */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code folder} (and missing parents) 0700; an existing folder is left as its owner set it. */
    static void createFolder(Path folder) {
        try {
            if (Files.isDirectory(folder)) return;
            if (folder.toAbsolutePath().getParent() != null) Files.createDirectories(folder.toAbsolutePath().getParent());
            if (POSIX) Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            else Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder, e);
        }
    }

    /** Makes the files directly in {@code folder} 0600. */
    static void restrictFiles(Path folder) {
        if (!POSIX) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) Files.setPosixFilePermissions(f, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files of " + folder, e);
        }
    }
}
