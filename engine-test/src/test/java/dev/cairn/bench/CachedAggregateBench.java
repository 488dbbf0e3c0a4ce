package dev.cairn.bench;

import dev.cairn.api.model.AdminDisableUserRequest;
import dev.cairn.api.model.AdminEnableUserRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.storage.jdbc.dialect.H2Dialect;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import dev.cairn.test.storage.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * A load driver (not a test) for requests that load a cached aggregate, which is where an engine
 * sharing its database checks the aggregate's stored sequence: AdminDisableUser + AdminEnableUser
 * on one of 200 users, and an SRP sign-in (InitiateAuth + RespondToAuthChallenge, the client's math included),
 * beside AdminGetUser (read model only, no aggregate) as a baseline. On JDBC backends it also times
 * the check's query alone. One thread; rounds alternate so machine noise falls on all alike.
 *
 * <pre>
 * mvn -B -q -pl engine-test -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp engine-test/target/test-classes:engine-test/target/classes:$(cat /tmp/cp.txt) dev.cairn.bench.CachedAggregateBench postgres 5 4
 * </pre>
 * (arguments: memory|h2|postgres, rounds, seconds per measurement; without {@code mvn install}, the
 * reactor's own classes are on that classpath)
 */
public final class CachedAggregateBench {

    private static final String PASSWORD = "Bench-Passw0rd!";
    private static final int USERS = 200;

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "postgres";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long budget = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 4).toNanos();
        Path h2Dir = Files.createTempDirectory("cairn-bench-");
        String url = switch (backend) {
            case "postgres" -> PostgresServer.shared().newDatabase("bench");
            case "h2" -> H2Dialect.fileUrl(h2Dir);
            default -> null;
        };
        try (CairnEngine engine = CairnEngine.builder().storage(storage(backend, h2Dir, url)).build()) {
            String pool = engine.createUserPool(Requests.createUserPool("bench")).userPool().id();
            String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("bench")
                    .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            for (int i = 0; i < USERS; i++) {
                engine.adminCreateUser(Requests.adminCreateUser(pool, "bench" + i));
                engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("bench" + i)
                        .password(PASSWORD).permanent(true).build());
            }
            int[] next = {0};
            LongSupplier adminWrite = () -> {
                String user = "bench" + (next[0]++ % USERS);
                long t0 = System.nanoTime();
                engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username(user).build());
                engine.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username(user).build());
                return System.nanoTime() - t0;
            };
            LongSupplier signIn = () -> {
                String user = "bench" + (next[0]++ % USERS);
                long t0 = System.nanoTime();
                SignIn.srp(engine, pool, client, user, PASSWORD, Instant.now());
                return System.nanoTime() - t0; // includes the client's SRP math, as a constant beside the engine's
            };
            LongSupplier adminGet = () -> {
                long t0 = System.nanoTime();
                engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("bench" + (next[0]++ % USERS)).build());
                return System.nanoTime() - t0;
            };
            measure(adminWrite, budget);
            measure(signIn, budget);
            measure(adminGet, budget);
            double[] sums = new double[3];
            for (int r = 1; r <= rounds; r++) {
                double w = measure(adminWrite, budget), s = measure(signIn, budget), g = measure(adminGet, budget);
                sums[0] += w;
                sums[1] += s;
                sums[2] += g;
                System.out.printf("round %d: AdminDisableUser+AdminEnableUser %.1f pairs/s, SRP sign-in %.1f/s, AdminGetUser %.1f/s%n", r, w, s, g);
            }
            System.out.printf("%n%s, mean of %d rounds: AdminDisableUser+AdminEnableUser %.1f pairs/s, SRP sign-in %.1f/s, AdminGetUser %.1f/s%n",
                    backend, rounds, sums[0] / rounds, sums[1] / rounds, sums[2] / rounds);
            if (url != null) checkQuery(url, backend.equals("h2"));
        }
    }

    private static Storage storage(String backend, Path h2Dir, String url) {
        return switch (backend) {
            case "memory" -> new InMemoryStorage();
            case "h2" -> JdbcStorage.h2File(h2Dir);
            case "postgres" -> JdbcStorage.postgres(url, PostgresServer.shared().user(), PostgresServer.shared().password());
            default -> throw new IllegalArgumentException("memory, h2 or postgres: " + backend);
        };
    }

    /** The stored-sequence check alone, as the JDBC event store sends it, on one connection. */
    private static void checkQuery(String url, boolean h2) throws Exception {
        try (Connection c = h2 ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url, PostgresServer.shared().user(), PostgresServer.shared().password());
             PreparedStatement s = c.prepareStatement("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?");
             PreparedStatement ids = c.prepareStatement("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = 'User'");
             ResultSet rs = ids.executeQuery()) {
            java.util.List<String> users = new java.util.ArrayList<>();
            while (rs.next()) users.add(rs.getString(1));
            int n = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                s.setString(1, users.get(i % users.size()));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                }
            }
            System.out.printf("stored-sequence query alone: %.1f µs each over %d queries%n", (System.nanoTime() - t0) / 1e3 / n, n);
        }
    }

    /** Operations per second of counted time over about {@code budget} nanoseconds of wall time. */
    private static double measure(LongSupplier op, long budget) {
        long start = System.nanoTime(), counted = 0;
        int n = 0;
        while (System.nanoTime() - start < budget) {
            counted += op.getAsLong();
            n++;
        }
        return n / (counted / 1e9);
    }
}
