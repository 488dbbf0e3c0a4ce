package dev.cairn.bench;

import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.api.model.ListUsersResponse;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A load driver (not a test): fills one pool with many users (a million by default) through
 * AdminCreateUser on 16 threads in process, then measures what a pool that size costs: ListUsers by
 * email, by email prefix and by status, AdminGetUser (p50/p99 of single calls), a full paginated
 * walk, heap in use after a full GC, and on H2 the file's size per user.
 *
 * <pre>mvn -B -q install -DskipTests && mvn -B -q -pl engine-test exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx2g -cp %classpath dev.cairn.bench.MillionUsersBench 1000000 h2"</pre>
 *
 * Prints {@code users <backend> <figure> <value>} lines.
 */
public final class MillionUsersBench {

    private static final int THREADS = 16;
    private static final int SAMPLES = 1_000;

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String backend = args.length > 1 ? args[1] : "h2";
        Path dir = Files.createTempDirectory("cairn-million-");
        System.out.printf("MillionUsersBench: %,d users on %s, %d threads, max heap %,d MB%n", users, backend, THREADS,
                Runtime.getRuntime().maxMemory() >> 20);
        try (CairnEngine engine = CairnEngine.builder().storage(storage(backend, dir)).build()) {
            String pool = engine.createUserPool(Requests.createUserPool("million")).userPool().id();
            long start = System.nanoTime();
            parallel(users, i -> engine.adminCreateUser(Requests.adminCreateUser(pool, name(i), "email", email(i))), start);
            double fill = (System.nanoTime() - start) / 1e9;
            print(backend, "fill AdminCreateUser/s", users / fill);
            if (backend.equals("h2")) print(backend, "H2 bytes per user (open)", size(dir) / (double) users);

            Random random = new Random(7);
            latency(backend, "ListUsers email = ", () -> {
                int i = random.nextInt(users);
                expect(engine.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email = \"" + email(i) + "\"").build()), 1);
            });
            latency(backend, "ListUsers email ^= (prefix, 60)", () -> {
                int i = random.nextInt(users / 1000);
                engine.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email ^= \"u" + i + "\"").build());
            });
            latency(backend, "ListUsers status = (first page)", () ->
                    expect(engine.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("cognito:user_status = \"FORCE_CHANGE_PASSWORD\"").build()), 60));
            latency(backend, "AdminGetUser", () -> engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(name(random.nextInt(users))).build()));

            long walkStart = System.nanoTime();
            long seen = 0;
            String token = null;
            do {
                ListUsersResponse page = engine.listUsers(ListUsersRequest.builder().userPoolId(pool).paginationToken(token).build());
                seen += page.users().size();
                token = page.paginationToken();
            } while (token != null);
            if (seen != users) throw new AssertionError("the walk saw " + seen + " users of " + users);
            print(backend, "full ListUsers walk seconds", (System.nanoTime() - walkStart) / 1e9);

            for (int i = 0; i < 3; i++) System.gc();
            print(backend, "heap used MB after GC", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
        }
        if (backend.equals("h2")) {
            print(backend, "H2 bytes per user (closed)", size(dir) / (double) users);
            // What `java -jar cairn-server.jar compact` does: the file rewritten to its live data.
            long compactStart = System.nanoTime();
            JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH).closeCompacted();
            print(backend, "compact seconds", (System.nanoTime() - compactStart) / 1e9);
            print(backend, "H2 bytes per user (compacted)", size(dir) / (double) users);
        }
        delete(dir);
        System.exit(0);
    }

    private static String name(int i) {
        return "u" + i;
    }

    private static String email(int i) {
        return "u" + i + "@example.com";
    }

    private static void expect(ListUsersResponse page, int count) {
        if (page.users().size() != count) throw new AssertionError("expected " + count + " users, got " + page.users().size());
    }

    private static void parallel(int count, IntConsumer work, long start) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.accept(i);
                    int d = done.incrementAndGet();
                    if (d % 100_000 == 0) System.out.printf("  %,d users, %,.0f/s%n", d, d / ((System.nanoTime() - start) / 1e9));
                }
            }));
        }
        for (Future<?> f : futures) f.get();
        threads.shutdown();
    }

    private static void latency(String backend, String label, Runnable call) {
        for (int i = 0; i < 200; i++) call.run();
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        print(backend, label + " p50 ms", nanos[SAMPLES / 2] / 1e6);
        print(backend, label + " p99 ms", nanos[SAMPLES * 99 / 100] / 1e6);
    }

    private static void print(String backend, String figure, double value) {
        System.out.printf("users %-8s %-40s %,12.3f%n", backend, figure, value);
    }

    private static PostgresServer durable;

    /** PostgreSQL with its durable defaults (the tests' shared server runs without fsync). */
    private static synchronized PostgresServer durablePostgres() {
        if (durable == null) durable = PostgresServer.startDurable();
        return durable;
    }

    private static Storage storage(String backend, Path dir) {
        return switch (backend) {
            case "h2" -> JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH);
            case "postgres" -> {
                PostgresServer server = durablePostgres();
                yield JdbcStorage.postgres(server.newDatabase("million"), server.user(), server.password());
            }
            default -> throw new IllegalArgumentException("backend must be h2 or postgres: " + backend);
        };
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
