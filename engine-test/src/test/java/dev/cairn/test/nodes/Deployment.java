package dev.cairn.test.nodes;

import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.MutableClock;
import dev.cairn.test.storage.PostgresServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Engines sharing one PostgreSQL database (a new one on the build's server), as the nodes of one
 * deployment do. They also share what a deployment's nodes share outside the database: the master
 * key (and, across deployments, the data key it seals), the mail server (one {@link Outbox}), and here one fixed clock and one seeded randomness, so
 * that the same requests make the same ids, secrets and timestamps whichever node serves them and
 * however many nodes there are. (Two deployments built with one seed seal with the same nonces
 * under the same master key; the JDK refuses that only back to back on one thread, which a repeated
 * test avoids by giving each repetition its own seed.)
 */
public final class Deployment implements AutoCloseable {

    private static final byte[] MASTER_KEY = "cairn-test-master-key-32-bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String DATA_KEY_SETTING = "data_key_sealed";
    private static final java.util.concurrent.atomic.AtomicReference<String> SEALED_DATA_KEY = new java.util.concurrent.atomic.AtomicReference<>();

    private final List<CairnEngine> nodes = new ArrayList<>();
    private final MutableClock clock = new MutableClock(CairnFixture.START);
    private final Outbox outbox = new Outbox();
    private final Random random;

    private Deployment(int nodeCount, long seed) {
        this(nodeCount, seed, b -> {
        });
    }

    private Deployment(int nodeCount, long seed, java.util.function.Consumer<dev.cairn.core.CairnEngineBuilder> settings) {
        this.random = new Random(seed);
        String url = PostgresServer.shared().newDatabase("nodes");
        for (int i = 0; i < nodeCount; i++) {
            JdbcStorage storage = JdbcStorage.postgres(url, PostgresServer.shared().user(), PostgresServer.shared().password());
            // Every deployment's database holds the same data key, as if restored from one backup of the
            // key material, so that deployments compare equal down to the values sealed under it.
            String keyMaterial = SEALED_DATA_KEY.get();
            if (keyMaterial != null) storage.settingIfAbsent(DATA_KEY_SETTING, keyMaterial);
            var builder = CairnEngine.builder().storage(storage).clock(clock).random(random).masterKey(MASTER_KEY).messageDelivery(outbox);
            settings.accept(builder);
            CairnEngine node = builder.build();
            SEALED_DATA_KEY.compareAndSet(null, storage.setting(DATA_KEY_SETTING).orElseThrow());
            // On a shared CAIRN_PG_URL database, start from an empty log.
            if (i == 0) node.reset();
            nodes.add(node);
        }
        // Building an engine draws from its randomness; start every deployment's requests from the seed.
        random.setSeed(seed);
    }

    /** {@code nodeCount} engines on a new database, drawing ids from randomness seeded with {@code seed}. */
    public static Deployment of(int nodeCount, long seed) {
        return new Deployment(nodeCount, seed);
    }

    /** As {@link #of(int, long)}, each node built with further settings (the same trigger functions, say). */
    public static Deployment of(int nodeCount, long seed, java.util.function.Consumer<dev.cairn.core.CairnEngineBuilder> settings) {
        return new Deployment(nodeCount, seed, settings);
    }

    public CairnEngine node(int i) {
        return nodes.get(i);
    }

    public List<CairnEngine> nodes() {
        return List.copyOf(nodes);
    }

    public MutableClock clock() {
        return clock;
    }

    public Outbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        nodes.forEach(CairnEngine::close);
    }
}
