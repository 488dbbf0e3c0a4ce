package dev.cairn.test.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL binaries are extracted once into a cache that later runs and concurrent
 * callers share, and repaired when damaged; the real archive of this platform runs here.
 */
class EmbeddedBinariesTest {

    @TempDir
    Path cache;

    private final AtomicInteger opens = new AtomicInteger();

    @Test
    void theTreeIsExtractedWithItsExecutablesLinksAndReadableFolders() throws IOException {
        Path root = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);

        assertThat(root.getFileName().toString()).startsWith("sample-");
        assertThat(root.resolve("bin/tool")).hasContent("#!/bin/sh\necho tool");
        assertThat(permissions(root.resolve("bin/tool"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(root.resolve("lib/libx.so.1.2"))).isEqualTo("rw-r--r--");
        assertThat(permissions(root.resolve("lib"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(root.resolve("share/deep"))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readSymbolicLink(root.resolve("lib/libx.so.1"))).isEqualTo(Path.of("libx.so.1.2"));
        assertThat(root.resolve("lib/libx.so.1")).hasContent("library");
        assertThat(root.resolve("lib/hard")).hasContent("library");
    }

    @Test
    void aSecondCallReusesTheExtractedTree() throws IOException {
        Path first = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);
        Path second = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);

        assertThat(second).isEqualTo(first);
        assertThat(opens).as("fingerprint and extract, then fingerprint only").hasValue(3);
    }

    @Test
    void aChangedArchiveIsExtractedToAFolderOfItsOwn() throws IOException {
        Path first = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);
        Path other = EmbeddedBinaries.extracted(counted(archive(entries -> entries.file("bin/tool", 0755, "other"))), "sample", cache);

        assertThat(other).isNotEqualTo(first);
        assertThat(other.resolve("bin/tool")).hasContent("other");
        assertThat(first.resolve("bin/tool")).hasContent("#!/bin/sh\necho tool");
    }

    @Test
    void aTreeThatLostAFileAndLeftoverPartialExtractionsAreReplaced() throws IOException {
        Path root = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);
        Path leftover = Files.createDirectories(cache.resolve(root.getFileName() + ".partial-123/bin"));
        Files.delete(root.resolve("lib/libx.so.1.2"));

        Path repaired = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);

        assertThat(repaired).isEqualTo(root);
        assertThat(repaired.resolve("lib/libx.so.1.2")).hasContent("library");
        assertThat(leftover.getParent()).doesNotExist();
        assertThat(opens).hasValue(4);
    }

    @Test
    void aTruncatedFileIsNoticed() throws IOException {
        Path root = EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache);
        Files.writeString(root.resolve("bin/tool"), "#!");

        assertThat(EmbeddedBinaries.extracted(counted(sampleArchive()), "sample", cache).resolve("bin/tool"))
                .hasContent("#!/bin/sh\necho tool");
    }

    @Test
    void concurrentCallersGetOneExtraction() throws Exception {
        byte[] archive = sampleArchive();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> roots = new ArrayList<>();
            for (int i = 0; i < 8; i++) roots.add(pool.submit(() -> EmbeddedBinaries.extracted(counted(archive), "sample", cache)));
            var distinct = new HashSet<Path>();
            for (Future<Path> root : roots) distinct.add(root.get(60, TimeUnit.SECONDS));

            assertThat(distinct).hasSize(1);
            assertThat(opens).as("eight fingerprints, one extraction").hasValue(9);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void entriesLeadingOutOfTheFolderAreRefused() throws IOException {
        Path target = cache.resolve("target");
        Files.createDirectories(target);
        byte[] escaping = archive(entries -> entries.file("../../evil", 0644, "x"));
        byte[] linkingOut = archive(entries -> entries.link("bin/passwd", "../../../etc/passwd"));
        byte[] absoluteLink = archive(entries -> entries.link("bin/passwd", "/etc/passwd"));

        for (byte[] archive : List.of(escaping, linkingOut, absoluteLink)) {
            assertThatThrownBy(() -> EmbeddedBinaries.extracted(counted(archive), "bad", target))
                    .hasMessageContaining("leads out of the extraction folder");
        }
        assertThat(cache.resolve("evil")).doesNotExist();
        try (var left = Files.list(target)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".lock"));
        }
    }

    @Test
    void theCacheFolderMustBeTheUsersOwnRealFolder() throws IOException {
        String me = System.getProperty("user.name");
        Path mine = EmbeddedBinaries.cacheFolder(cache, me);
        assertThat(mine).isDirectory();
        assertThat(permissions(mine)).isEqualTo("rwxr-xr-x");
        assertThat(EmbeddedBinaries.cacheFolder(cache, me)).isEqualTo(mine);

        assertThatThrownBy(() -> EmbeddedBinaries.cacheFolder(cache, "someone-else"))
                .hasMessageContaining("is not a folder of someone-else");
        Path planted = cache.resolve("planted");
        Files.createDirectories(planted);
        Files.createSymbolicLink(cache.resolve("cairn-pg-binaries-link"), planted);
        assertThatThrownBy(() -> EmbeddedBinaries.cacheFolder(cache, "link")).hasMessageContaining("is not a folder of link");
    }

    @Test
    void theServerFromMavenCentralRunsOnThisMachine() throws Exception {
        Path bin = EmbeddedBinaries.bin();
        Process version = new ProcessBuilder(bin.resolve("postgres").toString(), "--version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(version.waitFor()).as(output).isZero();
        assertThat(output).startsWith("postgres (PostgreSQL) ");
        assertThat(bin.resolve("initdb")).isExecutable();
        assertThat(bin.resolve("pg_ctl")).isExecutable();
    }

    private EmbeddedBinaries.Archive counted(byte[] archive) {
        return () -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(archive);
        };
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static byte[] sampleArchive() throws IOException {
        return archive(entries -> entries
                .directory("bin/")
                .file("bin/tool", 0755, "#!/bin/sh\necho tool")
                .file("lib/libx.so.1.2", 0600, "library")
                .link("lib/libx.so.1", "libx.so.1.2")
                .hardLink("lib/hard", "lib/libx.so.1.2")
                .file("share/deep/data.txt", 0644, "data"));
    }

    private interface Contents {
        void write(Entries entries) throws IOException;
    }

    private static byte[] archive(Contents contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            contents.write(new Entries(tar));
        }
        return bytes.toByteArray();
    }

    /**
     * Writes tar entries the way the PostgreSQL archive holds them, each with the same time, so the
     * same contents make the same archive (and fingerprint) whenever they are written.
     */
    private record Entries(TarArchiveOutputStream tar) {

        Entries directory(String name) throws IOException {
            put(new TarArchiveEntry(name), new byte[0]);
            return this;
        }

        Entries file(String name, int mode, String content) throws IOException {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setMode(mode);
            entry.setSize(data.length);
            put(entry, data);
            return this;
        }

        Entries link(String name, String target) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK, true);
            entry.setLinkName(target);
            put(entry, new byte[0]);
            return this;
        }

        Entries hardLink(String name, String target) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK, true);
            entry.setLinkName(target);
            put(entry, new byte[0]);
            return this;
        }

        private void put(TarArchiveEntry entry, byte[] data) throws IOException {
            entry.setModTime(FileTime.from(Instant.parse("2024-11-22T19:23:00Z")));
            tar.putArchiveEntry(entry);
            tar.write(data);
            tar.closeArchiveEntry();
        }
    }
}
