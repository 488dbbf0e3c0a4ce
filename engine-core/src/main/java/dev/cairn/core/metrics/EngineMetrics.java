package dev.cairn.core.metrics;

import dev.cairn.api.error.CognitoException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Every meter the engine records, in one place. Names and tags never carry a personal value or a
 * secret: operations, Cognito error types, auth flows and failure reasons are bounded sets.
 * <ul>
 *   <li>{@code cairn.requests} (timer, tags {@code operation}, {@code outcome} = success|error): each
 *       call of the engine's API, with a latency histogram;</li>
 *   <li>{@code cairn.request.errors} (counter, tags {@code operation}, {@code type}): refusals by
 *       Cognito error type;</li>
 *   <li>{@code cairn.sign.ins} (counter, tag {@code flow}) and {@code cairn.sign.in.failures}
 *       (counter, tags {@code flow}, {@code reason}): committed {@code SignedIn} and
 *       {@code SignInFailed} events;</li>
 *   <li>{@code cairn.eventstore.append} (timer): one unit of work's append to the log, sealing
 *       included;</li>
 *   <li>{@code cairn.storage.commit} (timer): a commit that wrote, until it is durable (on H2 the
 *       forced checkpoint, i.e. the fsync; on PostgreSQL its WAL flush inside the commit);</li>
 *   <li>{@code cache.gets} and friends (Micrometer's Caffeine binder, tag {@code cache}): hit rates
 *       of the engine's caches.</li>
 * </ul>
 */
public final class EngineMetrics {

    /** Latency buckets published for the histograms: enough to read p50/p99 from Prometheus, few series. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private final MeterRegistry registry;
    private final Timer append;
    private final Timer commit;
    /** Built once per operation and outcome: a call only records. */
    private final Map<String, Timer> calls = new ConcurrentHashMap<>();

    /** @param registry where the meters go; null for none (every meter is then a no-op) */
    public EngineMetrics(MeterRegistry registry) {
        this.registry = registry != null ? registry : new CompositeMeterRegistry();
        this.append = histogram(Timer.builder("cairn.eventstore.append").description("Appending one unit of work's events to the log"));
        this.commit = histogram(Timer.builder("cairn.storage.commit").description("A commit that wrote, until durable (fsync included)"));
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Runs one call of the engine's API, timing it and counting its refusal by Cognito error type.
     * {@code work} raises only Cognito errors (the engine translates everything else before).
     */
    public <T> T operation(String operation, Supplier<T> work) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = work.get();
            outcome = "success";
            return result;
        } catch (CognitoException e) {
            Counter.builder("cairn.request.errors").description("Refused calls by Cognito error type")
                    .tags("operation", operation, "type", e.errorType()).register(registry).increment();
            throw e;
        } finally {
            String tagged = outcome;
            calls.computeIfAbsent(operation + " " + outcome, k -> histogram(Timer.builder("cairn.requests")
                    .description("Calls of the engine's API").tags("operation", operation, "outcome", tagged)))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** The log, with its appends timed and its sign-in events counted once committed. */
    public EventStorageEngine eventLog(EventStorageEngine log) {
        return new MeteredEventStorageEngine(log, append, new SignIns(registry));
    }

    /** Where a storage backend reports each durable commit's duration, in nanoseconds. */
    public LongConsumer commitTimes() {
        return nanos -> commit.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Publishes a Caffeine cache's hit rate; the cache must record its statistics. */
    public void cache(String name, com.github.benmanes.caffeine.cache.Cache<?, ?> cache) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    private Timer histogram(Timer.Builder timer) {
        return timer.serviceLevelObjectives(BUCKETS).register(registry);
    }
}
