package dev.cairn.test.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which PostgreSQL server binaries {@link PostgresServer}'s throwaway cluster runs, in this order:
 * {@code CAIRN_PG_BIN} when that folder holds {@code initdb}, {@code pg_ctl} and {@code postgres};
 * else the newest {@code /usr/lib/postgresql/<version>/bin} that holds them (Debian's layout); else
 * the binaries from Maven Central ({@link EmbeddedBinaries}). A {@code CAIRN_PG_BIN} without them
 * falls back to the embedded binaries rather than failing, and the reason says so.
 */
final class PostgresBinaries {

    static final Path DEBIAN_INSTALLS = Path.of("/usr/lib/postgresql");
    private static final List<String> SERVER_TOOLS = List.of("initdb", "pg_ctl", "postgres");

    /** An installed bin folder to use, or none to use the embedded binaries; and why, for the log. */
    record Choice(Optional<Path> installed, String reason) {
    }

    private PostgresBinaries() {
    }

    static Choice choose(String configuredBin, Path installs) {
        if (configuredBin != null) {
            Path bin = Path.of(configuredBin);
            List<String> missing = missingTools(bin);
            if (missing.isEmpty()) return new Choice(Optional.of(bin), "CAIRN_PG_BIN");
            return new Choice(Optional.empty(), "CAIRN_PG_BIN=" + configuredBin + " has no " + String.join(", ", missing));
        }
        return newestInstalled(installs)
                .map(bin -> new Choice(Optional.of(bin), "the newest server under " + installs))
                .orElseGet(() -> new Choice(Optional.empty(), "CAIRN_PG_BIN is not set and no server is installed under "
                        + installs + "/<version>/bin"));
    }

    private static Optional<Path> newestInstalled(Path installs) {
        if (!Files.isDirectory(installs)) return Optional.empty();
        try (Stream<Path> versions = Files.list(installs)) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> missingTools(bin).isEmpty())
                    .max(Comparator.comparingDouble(PostgresBinaries::versionOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> missingTools(Path bin) {
        return SERVER_TOOLS.stream().filter(tool -> !Files.isExecutable(bin.resolve(tool))).collect(Collectors.toList());
    }

    private static double versionOf(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
