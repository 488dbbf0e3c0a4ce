package dev.cairn.test.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, one per JVM.
 *
 * <p>With the environment variable {@code CAIRN_PG_URL} set (a JDBC URL, plus {@code CAIRN_PG_USER}
 * and {@code CAIRN_PG_PASSWORD}, default {@code postgres} and empty), tests use that server. Otherwise
 * this starts a throwaway cluster from the machine's PostgreSQL server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, the newest version found, or {@code CAIRN_PG_BIN}): it
 * runs {@code initdb} in a temporary folder, starts the server on a free local port with its socket in
 * that folder, and stops it and deletes the folder when the JVM exits. PostgreSQL refuses to run as
 * root, so as root every server command runs as the {@code postgres} user ({@code runuser}).
 *
 * <p>The throwaway cluster runs with {@code fsync=off}: it only ever holds test data, and the tests
 * are about behaviour, not crash safety (the H2 kill test covers that for the embedded default).
 *
 * <p>Missing binaries fail the tests that need the server, with what to install; they are never
 * skipped.
 */
public final class PostgresServer {

    private static final Path DEBIAN_INSTALLS = Path.of("/usr/lib/postgresql");
    private static PostgresServer shared;

    private final String host;
    private final int port;
    private final String defaultDatabase;
    private final String user;
    private final String password;
    private final boolean managed;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(String host, int port, String defaultDatabase, String user, String password, boolean managed) {
        this.host = host;
        this.port = port;
        this.defaultDatabase = defaultDatabase;
        this.user = user;
        this.password = password;
        this.managed = managed;
    }

    /** The server for this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) shared = System.getenv("CAIRN_PG_URL") != null ? external() : start();
        return shared;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The JDBC URL of an empty database for one test class: a new database on the throwaway cluster,
     * or the {@code CAIRN_PG_URL} database itself (tests reset their storage before use).
     */
    public String newDatabase(String prefix) {
        if (!managed) return System.getenv("CAIRN_PG_URL");
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url(defaultDatabase), user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static PostgresServer external() {
        String url = System.getenv("CAIRN_PG_URL");
        String user = System.getenv().getOrDefault("CAIRN_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("CAIRN_PG_PASSWORD", "");
        log("using the server at CAIRN_PG_URL=" + url + " as " + user);
        return new PostgresServer(null, 0, null, user, password, false);
    }

    private static PostgresServer start() {
        Path bin = binaries();
        boolean asRoot = runningAsRoot();
        try {
            Path dir = Files.createTempDirectory("cairn-pg-");
            if (asRoot) giveToPostgresUser(dir);
            Path data = dir.resolve("data");
            log("initdb " + data + " with " + bin + (asRoot ? " as user postgres" : ""));
            run(asRoot, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            int port = freePort();
            run(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                            + " -c full_page_writes=off -c max_connections=200", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(asRoot, bin, data, dir), "cairn-pg-stop"));
            PostgresServer server = new PostgresServer("127.0.0.1", port, "postgres", "postgres", "", true);
            server.awaitReady();
            log("PostgreSQL " + bin.getParent().getFileName() + " ready on 127.0.0.1:" + port + " (data in " + data + ")");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throwaway PostgreSQL cluster", e);
        }
    }

    /** The newest installed server's bin folder, or a failure that says what to install. */
    static Path binaries() {
        String configured = System.getenv("CAIRN_PG_BIN");
        if (configured != null) return requireServer(Path.of(configured));
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(DEBIAN_INSTALLS)) {
            try (Stream<Path> versions = Files.list(DEBIAN_INSTALLS)) {
                versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream().max(Comparator.comparing(PostgresServer::versionOf)).map(PostgresServer::requireServer)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL server binaries not found: no "
                        + DEBIAN_INSTALLS + "/<version>/bin/initdb. Install them (.ci/install-deps.sh runs "
                        + "'apt-get install postgresql'), set CAIRN_PG_BIN to a bin folder, or set CAIRN_PG_URL to a running server."));
    }

    private static Path requireServer(Path bin) {
        for (String tool : List.of("initdb", "pg_ctl", "postgres")) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw new IllegalStateException("PostgreSQL server binaries incomplete: " + bin.resolve(tool) + " missing");
            }
        }
        return bin;
    }

    private static double versionOf(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void giveToPostgresUser(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            view.setOwner(lookup.lookupPrincipalByName("postgres"));
            GroupPrincipal group = lookup.lookupPrincipalByGroupName("postgres");
            view.setGroup(group);
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            throw new IllegalStateException("Running as root, PostgreSQL must run as the 'postgres' user, which does not exist. "
                    + "Install the postgresql package (it creates the user) or set CAIRN_PG_URL.", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(boolean asRoot, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (asRoot) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(List.of(command));
        Path out = Files.createTempFile("cairn-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", cmd));
            }
            String output = Files.readString(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("Failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", cmd), e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Connection c = DriverManager.getConnection(url(defaultDatabase), user, password)) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("PostgreSQL did not accept connections", e);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ie);
                }
            }
        }
    }

    private static void stop(boolean asRoot, Path bin, Path data, Path dir) {
        try {
            run(asRoot, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            log("stopped the throwaway cluster in " + dir);
        } catch (IOException | RuntimeException e) {
            log("could not stop the throwaway cluster in " + dir + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static void log(String message) {
        System.out.println("[PostgresServer] " + message);
    }
}
