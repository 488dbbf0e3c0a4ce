package dev.cairn.storage.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default's folder and files are readable by their owner alone (they hold the log and, without a master key, the data key). */
class H2FolderIsTheOwnersTest {

    @TempDir
    Path parent;

    @Test
    void aNewDataFolderIs0700AndItsFiles0600() throws IOException {
        Path data = parent.resolve("data");
        try (JdbcStorage storage = JdbcStorage.h2File(data)) {
            storage.settingIfAbsent("probe", "value");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        List<Path> files;
        try (var list = Files.list(data)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        try (JdbcStorage storage = JdbcStorage.h2File(data)) { // files written before are restricted on the next open too
            assertThat(storage.setting("probe")).contains("value");
        }
        for (Path f : files) assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
    }
}
