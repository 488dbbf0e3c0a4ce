package dev.cairn.core.axon;

import dev.cairn.api.RequestContext;
import dev.cairn.core.storage.Storage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Axon 4 wired by hand, without Spring or Axon Server: a synchronous command bus whose units of
 * work each hold one storage transaction, a log wrapped as the engine asks (it seals personal data
 * and meters appends), event-sourced repositories with a bounded Caffeine cache checked against the
 * stored sequence on every load (several engines may share the log), and one subscribing processor
 * that updates every projection inside the same unit of work as the event append (read-your-writes,
 * and a failed uniqueness claim rolls the append back). A unit of work that loses a race with another writer
 * runs again ({@link ConflictRetry}).
 */
public final class AxonRuntime {

    /** Metadata keys that carry the {@link RequestContext} from a command to the events it causes. */
    public static final List<String> CONTEXT_KEYS = List.of("actorType", "actor", "clientId", "sourceIp", "correlationId");

    /**
     * Metadata keys for what the client's context data said of its device (UserContextData,
     * ContextData): kept on the events of the request, as the source address is.
     */
    public static final List<String> CLIENT_KEYS = List.of("deviceName", "timezone");

    private static final ThreadLocal<RequestContext> CONTEXT = new ThreadLocal<>();
    private static final ThreadLocal<Map<String, String>> CLIENT = new ThreadLocal<>();

    private final EventSerializer serializer = new EventSerializer();
    private final EventStorageEngine storageEngine;
    private final EmbeddedEventStore eventStore;
    private final TransactionManager transactionManager;
    private final CommandGateway gateway;
    private final SimpleEventHandlerInvoker projections;
    private final SubscribingEventProcessor processor;
    private final Map<String, CaffeineCache> caches = new java.util.LinkedHashMap<>();

    /**
     * @param log how the storage's event log is wrapped before anything reads or writes it (the
     *            engine seals personal data there; the runtime need not know how)
     */
    public AxonRuntime(Storage storage, UnaryOperator<EventStorageEngine> log, List<Class<?>> aggregateTypes, List<Object> projectionHandlers,
                       long cacheSize) {
        EngineClock.install();
        this.storageEngine = log.apply(storage.eventStorageEngine(serializer));
        this.eventStore = new ProjectionsFirstEventStore(storageEngine);
        this.transactionManager = storage.transactionManager();
        SimpleCommandBus bus = SimpleCommandBus.builder().transactionManager(transactionManager).build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(new SimpleCorrelationDataProvider(
                java.util.stream.Stream.concat(CONTEXT_KEYS.stream(), CLIENT_KEYS.stream()).toArray(String[]::new))));
        for (Class<?> type : aggregateTypes) subscribe(type, bus, cacheSize);
        this.gateway = DefaultCommandGateway.builder().commandBus(bus).build();
        this.projections = SimpleEventHandlerInvoker.builder()
                .eventHandlers(projectionHandlers.stream().map(TypeIndexedEventHandlerAdapter::new).toList())
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build();
        this.processor = SubscribingEventProcessor.builder().name("projections").eventHandlerInvoker(projections)
                .messageSource(eventStore).transactionManager(transactionManager).build();
        processor.start();
    }

    private <A> void subscribe(Class<A> type, SimpleCommandBus bus, long cacheSize) {
        CaffeineCache cache = new CaffeineCache(cacheSize);
        caches.put(type.getSimpleName(), cache);
        var repository = new SequenceCheckedRepository<>(type, eventStore, cache);
        AggregateAnnotationCommandHandler.<A>builder().aggregateType(type).repository(repository).build().subscribe(bus);
    }

    /**
     * Runs {@code work} as one unit of work in one transaction, with {@code context} as the actor
     * of every event it writes: everything it writes commits together or not at all. When the unit
     * of work loses a race with another writer (see {@link ConflictRetry}), {@code work} runs again
     * in a fresh one, so it must read what it decides on inside itself; a unit of work started
     * inside another one is retried with its outermost.
     */
    public <T> T inUnitOfWork(RequestContext context, Supplier<T> work) {
        if (CurrentUnitOfWork.isStarted()) return attempt(context, work);
        return ConflictRetry.run(() -> attempt(context, work));
    }

    private <T> T attempt(RequestContext context, Supplier<T> work) {
        RequestContext previous = CONTEXT.get();
        CONTEXT.set(context);
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            uow.attachTransaction(transactionManager);
            var result = uow.executeWithResult(work::get);
            if (result.isExceptional()) throw asRuntime(result.exceptionResult());
            @SuppressWarnings("unchecked") T value = (T) result.getPayload();
            return value;
        } finally {
            if (previous == null) CONTEXT.remove();
            else CONTEXT.set(previous);
        }
    }

    private static RuntimeException asRuntime(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /**
     * Runs {@code work} with what the client said of its device ({@link #CLIENT_KEYS}, values
     * absent or null when it said nothing) recorded on the events of the commands it sends.
     */
    public static <T> T withClient(Map<String, String> client, Supplier<T> work) {
        if (client.isEmpty()) return work.get();
        Map<String, String> previous = CLIENT.get();
        CLIENT.set(client);
        try {
            return work.get();
        } finally {
            if (previous == null) CLIENT.remove();
            else CLIENT.set(previous);
        }
    }

    /** What the current request's client said of its device under {@code key} (one of {@link #CLIENT_KEYS}), or null. */
    public static String clientValue(String key) {
        Map<String, String> client = CLIENT.get();
        return client == null ? null : client.get(key);
    }

    /** The request context the current unit of work runs for. */
    public static RequestContext currentContext() {
        return Objects.requireNonNullElse(CONTEXT.get(), RequestContext.system());
    }

    /** Runs {@code work} with {@code context} as the actor of the commands it sends (a user signing in, say). */
    public <T> T actingAs(RequestContext context, Supplier<T> work) {
        RequestContext previous = CONTEXT.get();
        CONTEXT.set(context);
        try {
            return work.get();
        } finally {
            if (previous == null) CONTEXT.remove();
            else CONTEXT.set(previous);
        }
    }

    /**
     * Runs {@code work} with a user as the actor: the user itself, through {@code clientId}, from
     * {@code sourceIp} when the request says (UserContextData) or else from where the request came,
     * in the request's correlation.
     */
    public <T> T actingAsUser(String sub, String clientId, String sourceIp, Supplier<T> work) {
        RequestContext outer = currentContext();
        return actingAs(new RequestContext("USER", sub, clientId, sourceIp != null ? sourceIp : outer.sourceIp(),
                outer.correlationId()), work);
    }

    /** As {@link #actingAsUser(String, String, String, Supplier)}, for work that answers nothing. */
    public void actingAsUser(String sub, String clientId, Runnable work) {
        actingAsUser(sub, clientId, null, () -> {
            work.run();
            return null;
        });
    }

    /** Sends a command on the current thread and waits for it, tagged with the current request context. */
    public <R> R send(Object command) {
        RequestContext ctx = Objects.requireNonNullElse(CONTEXT.get(), RequestContext.system());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(ctx)));
    }

    private static Map<String, Object> metaData(RequestContext ctx) {
        Map<String, Object> meta = new HashMap<>();
        meta.put("actorType", ctx.actorType());
        meta.put("actor", ctx.actor());
        if (ctx.clientId() != null) meta.put("clientId", ctx.clientId());
        if (ctx.sourceIp() != null) meta.put("sourceIp", ctx.sourceIp());
        if (ctx.correlationId() != null) meta.put("correlationId", ctx.correlationId());
        Map<String, String> client = CLIENT.get();
        if (client != null) meta.putAll(client);
        return meta;
    }

    /** The events of one aggregate, oldest first, read from the log. */
    public DomainEventStream readEvents(String aggregateId) {
        return eventStore.readEvents(aggregateId);
    }

    /** Every event in the log, in append order. */
    public Stream<? extends TrackedEventMessage<?>> readAll() {
        return storageEngine.readEvents(null, false);
    }

    /** Feeds events to every projection, in one unit of work: how a rebuild replays the log. */
    public void replay(List<? extends EventMessage<?>> events) {
        replay(events, () -> {
        });
    }

    /** As {@link #replay(List)}, running {@code beforeCommit} after the last event, in the same unit of work. */
    public void replay(List<? extends EventMessage<?>> events, Runnable beforeCommit) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        uow.attachTransaction(transactionManager);
        var result = uow.executeWithResult(() -> {
            for (EventMessage<?> e : events) projections.handle(e, Segment.ROOT_SEGMENT);
            beforeCommit.run();
            return null;
        });
        if (result.isExceptional()) throw asRuntime(result.exceptionResult());
    }

    /**
     * Appends events as if an aggregate had applied them (test fixtures' "given events"), and
     * runs the projections on them, in one unit of work. A cached copy of the aggregate catches up
     * with them when it is next loaded, as with another engine's events.
     */
    public void appendAsAggregate(String aggregateType, String aggregateId, List<?> payloads, RequestContext context) {
        inUnitOfWork(context, () -> {
            long next = storageEngine.lastSequenceNumberFor(aggregateId).map(n -> n + 1).orElse(0L);
            for (Object payload : payloads) {
                eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, next++, payload, metaData(context)));
            }
            return null;
        });
    }

    /**
     * Calls {@code listener} with the events of each unit of work once it committed, in append
     * order; never for a unit of work that rolled back, nor for a rebuild's replay (which
     * publishes nothing). What it does cannot undo the commit: its failures are its own.
     */
    public void afterCommit(java.util.function.Consumer<List<? extends EventMessage<?>>> listener) {
        eventStore.subscribe(events -> {
            List<? extends EventMessage<?>> batch = List.copyOf(events);
            if (CurrentUnitOfWork.isStarted()) CurrentUnitOfWork.get().afterCommit(u -> listener.accept(batch));
            else listener.accept(batch);
        });
    }

    /** Forgets every cached aggregate; they are loaded from the log again. */
    public void clearCaches() {
        caches.values().forEach(CaffeineCache::removeAll);
    }

    /** Each aggregate type's cache (by the type's simple name), for hit-rate metrics. */
    public Map<String, com.github.benmanes.caffeine.cache.Cache<?, ?>> aggregateCaches() {
        Map<String, com.github.benmanes.caffeine.cache.Cache<?, ?>> out = new java.util.LinkedHashMap<>();
        caches.forEach((type, cache) -> out.put(type, cache.caffeine()));
        return out;
    }

    /** The position of the newest event in the log, or null for an empty log. */
    public TrackingToken head() {
        return storageEngine.createHeadToken();
    }

    /** Every event after {@code position} (null: from the start), in append order. */
    public Stream<? extends TrackedEventMessage<?>> readAfter(TrackingToken position) {
        return storageEngine.readEvents(position, false);
    }

    public EventSerializer serializer() {
        return serializer;
    }

    public static RequestContext contextOf(MetaData meta) {
        return new RequestContext((String) meta.get("actorType"), (String) meta.get("actor"), (String) meta.get("clientId"),
                (String) meta.get("sourceIp"), (String) meta.get("correlationId"));
    }

    public void shutdown() {
        processor.shutDown();
        eventStore.shutDown();
    }
}
