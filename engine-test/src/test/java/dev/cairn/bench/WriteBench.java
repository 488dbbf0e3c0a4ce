package dev.cairn.bench;

import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.SignUpRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A load driver (not a test) for durable writes in process: AdminCreateUser, SignUp and
 * AdminSetUserPassword beside their baseline, raw Axon appending one small event per transaction to
 * the same storage with the same durability (on H2 every commit forced to disk, on PostgreSQL its
 * synchronous commit), on 1 and 16 threads. Rounds alternate between the measurements so the
 * machine's noise falls on all alike; each figure is the median of the rounds.
 *
 * <pre>mvn -B -q install -DskipTests && mvn -B -q -pl engine-test exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.cairn.bench.WriteBench -Dexec.args="[rounds] [seconds] [backends: memory,h2,postgres]"</pre>
 *
 * Prints one line per figure: {@code write <backend> <threads> <operation> <ops/s> <ratio to raw Axon> <process CPU per op> <bytes the process wrote to storage per op>}.
 */
public final class WriteBench {

    /** One event as raw Axon appends it: about the size of a small domain event. */
    public record BenchEvent(String userPoolId, String sub, String username, String status) {
    }

    private static final int[] THREADS = {1, 16};
    /** The operations to measure (all when null), for profiling one of them. */
    private static List<String> only;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long millis = 1000L * (args.length > 1 ? Integer.parseInt(args[1]) : 3);
        List<String> backends = List.of((args.length > 2 ? args[2] : "memory,h2,postgres").split(","));
        only = args.length > 3 ? List.of(args[3].split(",")) : null;
        System.out.printf("WriteBench: %d rounds of %d ms, %d cores, Java %s%n", rounds, millis,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String backend : backends) {
            for (int threads : THREADS) bench(backend, threads, rounds, millis);
        }
        System.exit(0); // the shared PostgreSQL server's shutdown hook stops it
    }

    private static void bench(String backend, int threads, int rounds, long millis) throws Exception {
        Map<String, List<Double>> results = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> written = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("cairn-writebench-");
        try (Storage rawStorage = storage(backend, dir.resolve("raw")); CairnEngine engine = CairnEngine.builder().storage(storage(backend, dir.resolve("engine"))).build()) {
            EventStorageEngine raw = rawStorage.eventStorageEngine(JacksonSerializer.defaultSerializer());
            String pool = engine.createUserPool(Requests.createUserPool("bench")).userPool().id();
            String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("bench").build())
                    .userPoolClient().clientId();
            AtomicLong ids = new AtomicLong();
            Map<String, Runnable> operations = new LinkedHashMap<>();
            operations.put("raw-axon-append", () -> rawStorage.transactionManager().executeInTransaction(() -> raw.appendEvents(
                    new GenericDomainEventMessage<>("Bench", UUID.randomUUID().toString(), 0,
                            new BenchEvent(pool, UUID.randomUUID().toString(), "user" + ids.incrementAndGet(), "FORCE_CHANGE_PASSWORD")))));
            operations.put("AdminCreateUser", () -> engine.adminCreateUser(Requests.adminCreateUser(pool, "user" + ids.incrementAndGet(),
                    "email", "user" + ids.get() + "@example.com")));
            operations.put("SignUp", () -> engine.signUp(SignUpRequest.builder().clientId(client).username("signup" + ids.incrementAndGet())
                    .password("Bench-Passw0rd!").userAttributes(Requests.attributes("email", "s" + ids.get() + "@example.com")).build()));
            // AdminSetUserPassword on users created for it beforehand, one per call.
            List<String> targets = new ArrayList<>();
            AtomicLong nextTarget = new AtomicLong();
            operations.put("AdminSetUserPassword", () -> {
                int i = (int) nextTarget.getAndIncrement();
                engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(targets.get(i % targets.size()))
                        .password("Bench-Passw0rd-" + i).permanent(true).build());
            });
            for (int i = 0; i < 2_000; i++) {
                String name = "target" + i;
                engine.adminCreateUser(Requests.adminCreateUser(pool, name));
                targets.add(name);
            }
            if (only != null) operations.keySet().retainAll(only);
            for (Runnable op : operations.values()) run(op, threads, 500); // warm-up
            for (int r = 0; r < rounds; r++) {
                for (var op : operations.entrySet()) {
                    results.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(run(op.getValue(), threads, millis));
                    cpu.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(lastCpuMicros);
                    written.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(lastWriteBytes);
                }
            }
        } finally {
            delete(dir);
        }
        double baseline = results.containsKey("raw-axon-append") ? median(results.get("raw-axon-append")) : Double.NaN;
        for (var r : results.entrySet()) {
            double ops = median(r.getValue());
            System.out.printf("write %-8s %2d threads %-22s %,9.0f /s  %5.2f x raw Axon  %,7.0f µs CPU/op  %,7.0f bytes written/op%n", backend, threads,
                    r.getKey(), ops, ops / baseline, median(cpu.get(r.getKey())), median(written.get(r.getKey())));
        }
    }

    private static PostgresServer durable;

    /** PostgreSQL with its durable defaults (the tests' shared server runs without fsync). */
    private static synchronized PostgresServer durablePostgres() {
        if (durable == null) durable = PostgresServer.startDurable();
        return durable;
    }

    private static Storage storage(String backend, Path dir) {
        return switch (backend) {
            case "memory" -> new InMemoryStorage();
            case "h2mem" -> JdbcStorage.h2InMemory(dir.getFileName().toString() + UUID.randomUUID());
            case "h2" -> JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH);
            case "postgres" -> {
                PostgresServer server = durablePostgres();
                yield JdbcStorage.postgres(server.newDatabase("writebench"), server.user(), server.password());
            }
            default -> throw new IllegalArgumentException("backend must be memory, h2 or postgres: " + backend);
        };
    }

    /** Process CPU time per operation of the last {@link #run}, in microseconds: steadier than ops/s on a busy machine. */
    private static double lastCpuMicros;

    /** Bytes this process caused to be written to storage during the last {@link #run}, per operation: the write amplification. */
    private static double lastWriteBytes;

    /** What Linux counts as written to storage by this process ({@code /proc/self/io}); 0 where there is no such file. */
    private static long writtenBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("write_bytes:")) return Long.parseLong(line.substring(12).trim());
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the figure reads 0
        }
        return 0;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Runs {@code op} on {@code threads} threads for {@code millis}; operations per second. */
    private static double run(Runnable op, int threads, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + millis * 1_000_000;
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long writeStart = writtenBytes();
            List<Future<Long>> counts = new ArrayList<>();
            Supplier<Long> worker = () -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    op.run();
                    n++;
                }
                return n;
            };
            for (int t = 0; t < threads; t++) counts.add(pool.submit(worker::get));
            long total = 0;
            for (Future<Long> f : counts) total += f.get();
            lastCpuMicros = (processCpuNanos() - cpuStart) / 1e3 / total;
            lastWriteBytes = (writtenBytes() - writeStart) / (double) total;
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
