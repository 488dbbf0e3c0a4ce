package dev.cairn.test;

import dev.cairn.api.RequestContext;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.memory.InMemoryStorage;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Given-when-then for identity logic: given prior API calls or prior events, when one API call,
 * then the events it wrote, the Cognito error it raised, or what queries answer. It spans pools,
 * clients and users at once, which Axon's per-aggregate fixture cannot.
 *
 * <pre>{@code
 * CairnFixture fixture = CairnFixture.inMemory();
 * String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
 * fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice")))
 *        .expectEvents(UserCreated.class)
 *        .expectResult(r -> assertThat(r.user().userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD"));
 * }</pre>
 *
 * <p>The clock stands still at {@link #START} until moved and randomness is seeded, so ids,
 * timestamps and generated passwords repeat from run to run.
 */
public final class CairnFixture implements AutoCloseable {

    /** Where the fixture's clock starts. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final CairnEngine engine;
    private final MutableClock clock;
    private final Outbox outbox;

    private CairnFixture(Storage storage, long seed) {
        this(storage, seed, b -> b);
    }

    private CairnFixture(Storage storage, long seed, java.util.function.UnaryOperator<dev.cairn.core.CairnEngineBuilder> configure) {
        this.clock = new MutableClock(START);
        this.outbox = new Outbox();
        this.engine = configure.apply(CairnEngine.builder().storage(storage).clock(clock).random(new Random(seed))
                .messageDelivery(outbox)).build();
    }

    /** A fixture on in-memory storage with seed 42, its engine configured further by {@code configure} (an activity log folder, say). */
    public static CairnFixture inMemory(java.util.function.UnaryOperator<dev.cairn.core.CairnEngineBuilder> configure) {
        return new CairnFixture(new InMemoryStorage(), 42, configure);
    }

    /** A fixture on in-memory storage with seed 42. */
    public static CairnFixture inMemory() {
        return new CairnFixture(new InMemoryStorage(), 42);
    }

    /** A fixture on the given storage (the contract suite runs one per backend). */
    public static CairnFixture on(Storage storage) {
        return new CairnFixture(storage, 42);
    }

    public CairnEngine engine() {
        return engine;
    }

    public MutableClock clock() {
        return clock;
    }

    /** Every email and SMS the engine sent, with codes and temporary passwords. */
    public Outbox outbox() {
        return outbox;
    }

    /** The newest message sent to a user (a code, an invitation): what a user would read in its inbox. */
    public dev.cairn.api.spi.Message lastMessage(String userPoolId, String username) {
        var messages = outbox.messages(userPoolId, username);
        if (messages.isEmpty()) throw new AssertionError("No message was sent to " + username + " in " + userPoolId);
        return messages.get(messages.size() - 1);
    }

    /** A prior API call; returns its answer so later steps can use ids it made. */
    public <T> T given(Function<CairnEngine, T> call) {
        return call.apply(engine);
    }

    /** A prior API call without an answer worth keeping. */
    public CairnFixture givenThat(Consumer<CairnEngine> call) {
        call.accept(engine);
        return this;
    }

    /** Prior events, appended to the log as though their aggregates had applied them. */
    public CairnFixture givenEvents(Object... events) {
        engine.appendEvents(List.of(events));
        return this;
    }

    /** The call under test, made by the default actor (an administrator). */
    public <T> Then<T> when(Function<CairnEngine, T> call) {
        return whenAs(null, call);
    }

    /** The call under test, made by {@code context}'s actor. */
    public <T> Then<T> whenAs(RequestContext context, Function<CairnEngine, T> call) {
        TrackingToken before = engine.axon().head();
        CairnEngine api = context == null ? engine : engine.as(context);
        T result = null;
        RuntimeException error = null;
        try {
            result = call.apply(api);
        } catch (RuntimeException e) {
            error = e;
        }
        return new Then<>(result, error, engine.axon().readAfter(before).map(m -> (Object) m).toList());
    }

    /** A call under test that answers nothing (DeleteGroup, AdminDeleteUser, ...). */
    public Then<Void> whenRun(Consumer<CairnEngine> call) {
        return when(api -> {
            call.accept(api);
            return null;
        });
    }

    @Override
    public void close() {
        engine.close();
    }
}
