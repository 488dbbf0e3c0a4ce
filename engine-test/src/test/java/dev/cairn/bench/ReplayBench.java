package dev.cairn.bench;

import dev.cairn.api.RequestContext;
import dev.cairn.api.audit.LogVerification;
import dev.cairn.api.audit.ProgressListener;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserAddedToGroup;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.api.event.UserEnabled;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.H2Durability;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A load driver (not a test) for replaying the log: a log of {@code events} events (10 per user:
 * creation, an attribute change, failed and successful sign-ins, disable, enable, a group) is
 * written on each backend, then, in alternating rounds on the same log:
 * <ul>
 * <li>raw Axon replay: every event read through the backend's Axon storage engine to a handler that
 *     does nothing (Axon's lazy messages: the payload is never deserialized);</li>
 * <li>raw Axon replay, payload deserialized: the same, each payload made into its record;</li>
 * <li>rebuild: {@code engine.audit().rebuild(...)}, every projection dropped and rebuilt (events
 *     read, personal data opened, projections written);</li>
 * <li>verify: the hash chain recomputed over every stored event.</li>
 * </ul>
 *
 * <pre>java -cp &lt;engine-test test classpath&gt; dev.cairn.bench.ReplayBench [events, default 200000] [rounds, 3] [backends: h2,postgres]</pre>
 *
 * Prints {@code replay <backend> <what> <events/s> <ratio to raw Axon replay>} per figure (medians of the rounds, each
 * round's figure after them: the machine is shared, so the ratio is the figure to quote), then the rebuild against
 * issue 15's target of 100,000 events/s.
 */
public final class ReplayBench {

    private static final String REBUILD = "rebuild (engine.audit().rebuild)";
    private static final String REBUILD_CPU_JVM = "rebuild CPU, this JVM";
    private static final String REBUILD_CPU_SERVER = "rebuild CPU, PostgreSQL server";

    /** The PostgreSQL server of the backend being measured, if it is PostgreSQL. */
    private static ProcessCpu pgServer;

    /**
     * CPU time spent so far, in milliseconds: by this JVM, and by the PostgreSQL server's processes (0 on H2).
     * On a shared machine, wall-clock rates depend on what else runs; CPU per event much less so.
     */
    private record CpuTimes(double jvm, double server) {
        static CpuTimes now() throws Exception {
            return new CpuTimes(ProcessCpu.jvmMillis(), pgServer == null ? 0 : pgServer.serverMillis());
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(jvm - earlier.jvm, server - earlier.server);
        }
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> backends = List.of((args.length > 2 ? args[2] : "h2,postgres").split(","));
        System.out.printf("ReplayBench: %,d events, %d rounds, %d cores, Java %s%n", events, rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (String backend : backends) bench(backend, events, rounds);
        System.exit(0); // the PostgreSQL server's shutdown hook stops it
    }

    private static void bench(String backend, int events, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("cairn-replaybench-");
        pgServer = null;
        try (CairnEngine engine = CairnEngine.builder().storage(storage(backend, dir)).build()) {
            fill(engine, events);
            Storage storage = engine.storage();
            EventStorageEngine raw = storage.eventStorageEngine(new EventSerializer());
            Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                rates.computeIfAbsent("raw Axon replay", k -> new ArrayList<>()).add(rate(() -> count(raw.readEvents(null, false), false)));
                rates.computeIfAbsent("raw Axon replay, payload deserialized", k -> new ArrayList<>())
                        .add(rate(() -> count(raw.readEvents(null, false), true)));
                CpuTimes before = CpuTimes.now();
                rates.computeIfAbsent(REBUILD, k -> new ArrayList<>())
                        .add(rate(() -> engine.audit().rebuild(ProgressListener.NONE)));
                CpuTimes spent = CpuTimes.now().minus(before);
                rates.computeIfAbsent(REBUILD_CPU_JVM, k -> new ArrayList<>()).add(spent.jvm / (double) events * 1e3);
                rates.computeIfAbsent(REBUILD_CPU_SERVER, k -> new ArrayList<>()).add(spent.server / (double) events * 1e3);
                rates.computeIfAbsent("verify (hash chain)", k -> new ArrayList<>()).add(rate(() -> {
                    LogVerification v = engine.audit().verify();
                    if (!v.intact()) throw new IllegalStateException("the log does not verify: " + v.firstBad());
                    return v.eventsChecked();
                }));
            }
            double baseline = median(rates.get("raw Axon replay"));
            for (String cpu : List.of(REBUILD_CPU_JVM, REBUILD_CPU_SERVER)) {
                List<Double> values = rates.remove(cpu);
                System.out.printf("replay %-9s %-40s %,10.1f ms CPU per 1,000 events  (rounds %s)%n", backend, cpu, median(values),
                        String.join(" ", values.stream().map(v -> String.format("%,.1f", v)).toList()));
            }
            rates.forEach((what, values) -> System.out.printf("replay %-9s %-40s %,10.0f events/s  %5.2f x raw Axon replay  (rounds %s)%n",
                    backend, what, median(values), median(values) / baseline,
                    String.join(" ", values.stream().map(v -> String.format("%,.0f", v)).toList())));
            double rebuild = median(rates.get(REBUILD));
            System.out.printf("replay %-9s rebuild: %,.0f events/s, %.2f x raw Axon replay (%,.0f events/s); target 100,000 events/s %s%n",
                    backend, rebuild, rebuild / baseline, baseline, rebuild >= 100_000 ? "met" : "not met");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Users of ten events each, a user per unit of work, through the engine's log (sealed, chained, projected). */
    static void fill(CairnEngine engine, int events) {
        long start = System.nanoTime();
        String pool = engine.createUserPool(Requests.createUserPool("replay")).userPool().id();
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("staff").build());
        RequestContext admin = RequestContext.admin("bench");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int first = 0; first * 10 < events; first += 50) {
            int from = first;
            // 50 users per unit of work: the fill is not what is measured
            engine.axon().inUnitOfWork(admin, () -> {
                for (int u = from; u < from + 50 && u * 10 < events; u++) appendUser(engine, pool, u, admin, now);
                return null;
            });
            if (first % 5_000 == 0 && first > 0) System.out.printf("  fill: %,d events%n", first * 10L);
        }
        System.out.printf("fill %s: %,d events in %.1f s%n", engine.storage().name(), events, (System.nanoTime() - start) / 1e9);
    }

    private static void appendUser(CairnEngine engine, String pool, int u, RequestContext admin, Instant now) {
        {
            String sub = UUID.randomUUID().toString();
            String name = "user" + u;
            String email = name + "@example.com";
            List<Object> story = List.of(
                    new UserCreated(pool, sub, name, Map.of("sub", sub, "email", email, "email_verified", "true"), "CONFIRMED", null,
                            List.of(new UniqueKey("username", name))),
                    new UserAttributesUpdated(pool, sub, Map.of("given_name", "Name" + u), List.of(), List.of()),
                    new SignInFailed(pool, sub, "client", "USER_SRP_AUTH", "wrong password"),
                    new SignedIn(pool, sub, "client", "USER_SRP_AUTH", List.of("PASSWORD_VERIFIER"), UUID.randomUUID().toString(),
                            UUID.randomUUID().toString(), now.plus(30, ChronoUnit.DAYS), null),
                    new SignInFailed(pool, sub, "client", "USER_SRP_AUTH", "wrong password"),
                    new SignedIn(pool, sub, "client", "USER_SRP_AUTH", List.of("PASSWORD_VERIFIER"), UUID.randomUUID().toString(),
                            UUID.randomUUID().toString(), now.plus(30, ChronoUnit.DAYS), null),
                    new UserDisabled(pool, sub),
                    new UserEnabled(pool, sub),
                    new UserAddedToGroup(pool, sub, "staff"),
                    new UserAttributesUpdated(pool, sub, Map.of("family_name", "Family" + u), List.of(), List.of()));
            engine.axon().appendAsAggregate("User", sub, story, admin);
        }
    }

    private static long count(Stream<?> stream, boolean payload) {
        LongAdder n = new LongAdder();
        try (stream) {
            stream.forEach(m -> {
                if (payload) ((org.axonframework.eventhandling.EventMessage<?>) m).getPayload();
                n.increment();
            });
        }
        return n.sum();
    }

    @FunctionalInterface
    private interface Counted {
        long run() throws Exception;
    }

    private static double rate(Counted work) throws Exception {
        long start = System.nanoTime();
        long n = work.run();
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Storage storage(String backend, Path dir) {
        return switch (backend) {
            case "h2" -> JdbcStorage.h2File(dir, H2Durability.MACHINE_CRASH);
            case "postgres" -> {
                PostgresServer pg = PostgresServer.startDurable();
                String url = pg.newDatabase("replaybench");
                pgServer = ProcessCpu.ofPostgres(url, pg.user(), pg.password());
                yield JdbcStorage.postgres(url, pg.user(), pg.password());
            }
            default -> throw new IllegalArgumentException("backend must be h2 or postgres: " + backend);
        };
    }
}
