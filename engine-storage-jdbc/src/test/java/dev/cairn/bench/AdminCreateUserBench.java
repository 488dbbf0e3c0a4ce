package dev.cairn.bench;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.user.Passwords;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How fast AdminCreateUser runs on the embedded default (an H2 file, every commit forced to disk),
 * and how fast ListUsers finds a user by email among many, against the in-memory backend as a
 * baseline. A plain main, not a test: the numbers depend on the machine.
 *
 * <p>Arguments: [users, default 100000] [lookups, default 1000] [H2 durability, default MACHINE_CRASH].
 * Run from the repository root after {@code mvn install -DskipTests}:
 * <pre>
 * mvn -B -q -pl engine-storage-jdbc exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.cairn.bench.AdminCreateUserBench -Dexec.args="100000 1000"
 * </pre>
 */
public final class AdminCreateUserBench {

    private static final int WINDOW = 10_000;

    public static void main(String[] args) throws IOException {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        H2Durability durability = args.length > 2 ? H2Durability.valueOf(args[2]) : H2Durability.MACHINE_CRASH;
        System.out.printf("AdminCreateUserBench: %,d users, %,d lookups, H2 durability %s, %d cores, Java %s%n",
                users, lookups, durability, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        srpVerifierCost();

        Path dir = Files.createTempDirectory("cairn-bench-");
        try {
            run("h2 file (" + durability + ")", JdbcStorage.h2File(dir, durability), users, lookups, dir);
            System.out.printf("  H2 file after close: %,d bytes (%,d bytes per user)%n", size(dir), size(dir) / users);
        } finally {
            delete(dir);
        }
        run("in-memory", new InMemoryStorage(), users, lookups, null);
    }

    /** One SRP verifier (a 3072-bit modular exponentiation) is part of every AdminCreateUser. */
    private static void srpVerifierCost() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) Passwords.verifier("us-east-1_Warmup", "warmup" + i, "Passw0rd!", random);
        int n = 1_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) Passwords.verifier("us-east-1_Bench", "user" + i, "Passw0rd!", random);
        System.out.printf("  SRP verifier alone: %.3f ms each (%.0f/s single-threaded)%n", (System.nanoTime() - start) / 1e6 / n,
                n / ((System.nanoTime() - start) / 1e9));
    }

    /** Creates the users, then looks them up; {@code dir}, if given, is measured while the database is open. */
    private static void run(String label, Storage storage, int users, int lookups, Path dir) throws IOException {
        System.out.println("== " + label);
        try (CairnEngine engine = CairnEngine.builder().storage(storage).build()) {
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("bench").build()).userPool().id();
            long start = System.nanoTime();
            long windowStart = start;
            for (int i = 0; i < users; i++) {
                engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("user" + i).messageAction("SUPPRESS")
                        .userAttributes(AttributeType.builder().name("email").value(email(i)).build()).build());
                if ((i + 1) % WINDOW == 0) {
                    long now = System.nanoTime();
                    System.out.printf("  %,7d users: %,.0f AdminCreateUser/s over the last %,d (%,.0f/s overall)%n", i + 1,
                            WINDOW / ((now - windowStart) / 1e9), WINDOW, (i + 1) / ((now - start) / 1e9));
                    windowStart = now;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  AdminCreateUser: %,d in %.1f s = %,.0f/s overall, %.2f ms each%n", users, seconds, users / seconds,
                    seconds * 1000 / users);
            if (dir != null) System.out.printf("  H2 file while open: %,d bytes (%,d bytes per user)%n", size(dir), size(dir) / users);

            Random random = new Random(42);
            for (int i = 0; i < 200; i++) lookup(engine, pool, random.nextInt(users)); // warm-up
            long[] nanos = new long[lookups];
            for (int i = 0; i < lookups; i++) {
                long t = System.nanoTime();
                lookup(engine, pool, random.nextInt(users));
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("  ListUsers email = \"...\" at %,d users: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%,d lookups)%n", users,
                    nanos[lookups / 2] / 1e6, nanos[(int) (lookups * 0.99)] / 1e6, nanos[lookups - 1] / 1e6, lookups);
        }
    }

    private static String email(int i) {
        return "user" + i + "@example.com";
    }

    private static void lookup(CairnEngine engine, String pool, int i) {
        var found = engine.listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email = \"" + email(i) + "\"").build()).users();
        if (found.size() != 1 || !found.get(0).username().equals("user" + i)) throw new AssertionError("lookup of " + email(i) + " found " + found);
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
