package dev.cairn.test.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which server binaries the test cluster runs, and as whom, for each kind of machine; no server is started. */
class PostgresBinariesTest {

    @TempDir
    Path tmp;

    @Test
    void aConfiguredFolderWithTheServerToolsIsUsedEvenWhenOthersAreInstalled() throws IOException {
        Path configured = server(tmp.resolve("custom/bin"));
        Path installs = tmp.resolve("installs");
        server(installs.resolve("15/bin"));

        PostgresBinaries.Choice choice = PostgresBinaries.choose(configured.toString(), installs);

        assertThat(choice.installed()).contains(configured);
        assertThat(choice.reason()).isEqualTo("CAIRN_PG_BIN");
    }

    @Test
    void aConfiguredFolderWithoutTheServerToolsFallsBackToTheEmbeddedBinaries() throws IOException {
        Path installs = tmp.resolve("installs");
        server(installs.resolve("15/bin"));

        PostgresBinaries.Choice choice = PostgresBinaries.choose("/nonexistent", installs);

        assertThat(choice.installed()).isEmpty();
        assertThat(choice.reason()).isEqualTo("CAIRN_PG_BIN=/nonexistent has no initdb, pg_ctl, postgres");
    }

    @Test
    void aConfiguredFolderMissingOneToolFallsBackAndNamesIt() throws IOException {
        Path bin = tmp.resolve("client-only/bin");
        tools(bin, "initdb", "pg_ctl");

        PostgresBinaries.Choice choice = PostgresBinaries.choose(bin.toString(), tmp.resolve("none"));

        assertThat(choice.installed()).isEmpty();
        assertThat(choice.reason()).endsWith("has no postgres");
    }

    @Test
    void withoutConfigurationTheNewestCompleteInstalledVersionIsUsed() throws IOException {
        Path installs = tmp.resolve("installs");
        server(installs.resolve("9.6/bin"));
        Path fifteen = server(installs.resolve("15/bin"));
        server(installs.resolve("13/bin"));
        tools(installs.resolve("16/bin"), "pg_ctl");

        PostgresBinaries.Choice choice = PostgresBinaries.choose(null, installs);

        assertThat(choice.installed()).contains(fifteen);
        assertThat(choice.reason()).isEqualTo("the newest server under " + installs);
    }

    @Test
    void withNothingInstalledTheEmbeddedBinariesAreUsed() throws IOException {
        Path installs = tmp.resolve("installs");
        tools(installs.resolve("15/bin"), "psql");

        assertThat(PostgresBinaries.choose(null, installs).installed()).isEmpty();
        assertThat(PostgresBinaries.choose(null, tmp.resolve("absent")).installed()).isEmpty();
        assertThat(PostgresBinaries.choose(null, tmp.resolve("absent")).reason())
                .isEqualTo("CAIRN_PG_BIN is not set and no server is installed under " + tmp.resolve("absent") + "/<version>/bin");
    }

    @Test
    void aUserRunsTheServerAsThemselvesAndRootAsPostgresOrElseNobody() {
        assertThat(PostgresServer.serverAccount(false, name -> true)).isEmpty();
        assertThat(PostgresServer.serverAccount(true, Set.of("postgres", "nobody")::contains)).contains("postgres");
        assertThat(PostgresServer.serverAccount(true, Set.of("nobody")::contains)).isEqualTo(Optional.of("nobody"));
    }

    @Test
    void theEmbeddedArchiveIsNamedAfterTheOperatingSystemAndArchitecture() {
        assertThat(EmbeddedBinaries.archiveName("Linux", "amd64")).isEqualTo("postgres-linux-x86_64.txz");
        assertThat(EmbeddedBinaries.archiveName("Linux", "aarch64")).isEqualTo("postgres-linux-arm_64.txz");
        assertThat(EmbeddedBinaries.archiveName("Mac OS X", "x86_64")).isEqualTo("postgres-darwin-x86_64.txz");
        assertThat(EmbeddedBinaries.archiveName("Mac OS X", "aarch64")).isEqualTo("postgres-darwin-arm_64.txz");
        assertThatThrownBy(() -> EmbeddedBinaries.archiveName("Windows 11", "amd64"))
                .hasMessageContaining("No embedded PostgreSQL binaries for Windows 11 on amd64");
    }

    private static Path server(Path bin) throws IOException {
        return tools(bin, "initdb", "pg_ctl", "postgres");
    }

    private static Path tools(Path bin, String... names) throws IOException {
        Files.createDirectories(bin);
        for (String name : List.of(names)) {
            Files.writeString(bin.resolve(name), "#!/bin/sh\n");
            Files.setPosixFilePermissions(bin.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }
}
