package dev.cairn.http;

import dev.cairn.storage.jdbc.JdbcStorage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code java -jar cairn-server.jar compact [--data DIR]}: rewrites the embedded default's H2 file
 * to hold only its live data, with no server running on the folder.
 *
 * <p>H2 writes changed B-tree pages to new places in its file and reuses the old places later, and
 * users are written at random keys (subs, emails), so a file written by many creations holds
 * several times its live data (see engine-storage-jdbc's README). A server's shutdown compacts for
 * at most 10 s, enough for tens of thousands of users, not for a million; this command finishes the
 * job whatever it takes. PostgreSQL reclaims space with its own (auto)vacuum, so the command refuses
 * {@code --jdbc-url} and {@code --memory}.
 */
final class CompactCommand {

    static final String USAGE = """
            Storage command:
              java -jar cairn-server.jar compact [--data DIR]
                  rewrites the H2 file of a stopped server to hold only its live data
            """;

    private CompactCommand() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("compact");
    }

    /** Runs the command; answers the process's exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            ServerConfig config = ServerConfig.parse(Arrays.copyOfRange(args, 1, args.length), env);
            if (config.memory() || config.jdbcUrl() != null) {
                throw new IllegalArgumentException("compact rewrites the embedded H2 files (--data DIR); PostgreSQL reclaims space with VACUUM");
            }
            Path dir = config.dataDir().toAbsolutePath();
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException("No data folder at " + dir);
            long before = size(dir);
            long start = System.nanoTime();
            // Opening repeats a journal left by a crash and migrates, as a server would; then the compacting shutdown.
            JdbcStorage.h2File(dir, config.durability()).closeCompacted();
            long after = size(dir);
            out.printf("compacted %s: %,d bytes before, %,d after (%.0f%%), in %.1f s%n", dir, before, after,
                    before == 0 ? 100.0 : 100.0 * after / before, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("compact: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("compact: " + e.getMessage());
            return 1;
        }
    }

    /** Bytes of the folder's files (the database and any journal). */
    static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
