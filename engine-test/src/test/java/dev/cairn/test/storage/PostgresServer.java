package dev.cairn.test.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, one per JVM.
 *
 * <p>With the environment variable {@code CAIRN_PG_URL} set (a JDBC URL, plus {@code CAIRN_PG_USER}
 * and {@code CAIRN_PG_PASSWORD}, default {@code postgres} and empty), tests use that server. Otherwise
 * this starts a throwaway cluster from PostgreSQL's server binaries: {@code CAIRN_PG_BIN} or the
 * newest {@code /usr/lib/postgresql/<version>/bin} when installed, else the binaries from Maven Central
 * that the tests depend on ({@link PostgresBinaries}, {@link EmbeddedBinaries}). It runs {@code initdb}
 * in a temporary folder, starts the server on a free local port with its socket in that folder, and
 * stops it and deletes the folder when the JVM exits. PostgreSQL refuses to run as root, so as root
 * every server command runs as another account ({@link #serverAccount}, with {@code runuser}).
 *
 * <p>The throwaway cluster runs with {@code fsync=off}: it only ever holds test data, and the tests
 * are about behaviour, not crash safety (the H2 kill test covers that for the embedded default).
 *
 * <p>It is always a real server: the tests that need it fail when it cannot start; they are never
 * skipped.
 */
public final class PostgresServer {

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

    /**
     * A throwaway cluster of its own with PostgreSQL's durable defaults (fsync, synchronous commit,
     * full page writes), for benchmarks: the shared one turns them off to keep tests fast.
     */
    public static PostgresServer startDurable() {
        return start(true);
    }

    private static PostgresServer start() {
        return start(false);
    }

    private static PostgresServer start(boolean durable) {
        PostgresBinaries.Choice choice = PostgresBinaries.choose(System.getenv("CAIRN_PG_BIN"), PostgresBinaries.DEBIAN_INSTALLS);
        String source = choice.installed().isPresent() ? "installed binaries" : "embedded binaries from Maven Central";
        log("using " + source + " (" + choice.reason() + ")");
        Path bin = choice.installed().orElseGet(EmbeddedBinaries::bin);
        Optional<String> account = serverAccount(runningAsRoot(), PostgresServer::accountExists);
        try {
            Path dir = Files.createTempDirectory("cairn-pg-");
            if (account.isPresent()) giveTo(account.get(), dir);
            Path data = dir.resolve("data");
            log("initdb " + data + " with " + bin + account.map(a -> " as user " + a).orElse(""));
            run(account, dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
            int port = freePort();
            run(account, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"), "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(account, bin, data, dir), "cairn-pg-stop"));
            PostgresServer server = new PostgresServer("127.0.0.1", port, "postgres", "postgres", "", true);
            String version = server.awaitReady();
            log("PostgreSQL " + version + " (" + source + ") ready on 127.0.0.1:" + port + " (data in " + data + ")");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throwaway PostgreSQL cluster", e);
        }
    }

    /**
     * The account that runs the server commands: empty for this process's own, unless it is root, which
     * PostgreSQL refuses. Then {@code postgres}, which Debian's package creates, or else {@code nobody},
     * which every Debian system has: a fresh machine needs no account created for the tests, and the
     * cluster's files live in a temporary folder deleted when the JVM exits.
     */
    static Optional<String> serverAccount(boolean root, Predicate<String> accountExists) {
        if (!root) return Optional.empty();
        return Optional.of(accountExists.test("postgres") ? "postgres" : "nobody");
    }

    private static boolean accountExists(String name) {
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void giveTo(String account, Path dir) throws IOException {
        Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(account));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs a server command, as {@code account} if present, in {@code dir} (the account may not reach this JVM's working folder). */
    private static void run(Optional<String> account, Path dir, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        account.ifPresent(a -> cmd.addAll(List.of("runuser", "-u", a, "--")));
        cmd.addAll(List.of(command));
        Path out = Files.createTempFile("cairn-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
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

    /** Waits until the server accepts connections; returns its version. */
    private String awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Connection c = DriverManager.getConnection(url(defaultDatabase), user, password)) {
                return c.getMetaData().getDatabaseProductVersion();
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

    private static void stop(Optional<String> account, Path bin, Path data, Path dir) {
        try {
            run(account, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
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
