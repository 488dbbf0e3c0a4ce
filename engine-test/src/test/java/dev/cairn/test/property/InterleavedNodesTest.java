package dev.cairn.test.property;

import dev.cairn.core.CairnEngine;
import dev.cairn.test.nodes.Deployment;
import dev.cairn.test.property.ProjectionRebuildTest.History;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.cairn.test.property.ProjectionRebuildTest.eraseSomeDeletedUsers;
import static dev.cairn.test.property.ProjectionRebuildTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whichever of two engines on one PostgreSQL database serves each request of a random
 * history, one after the other or both at once, the read models and claims they leave equal a
 * rebuild from the log; served one after the other, they also equal what a single engine leaves
 * after the same requests.
 */
class InterleavedNodesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void requestsSpreadRandomlyOverTwoNodesLeaveWhatOneNodeLeavesAndWhatTheLogSays(long seed) {
        Map<String, Object> oneNode;
        try (Deployment one = Deployment.of(1, seed)) {
            History.randomHistory(one.node(0), new Random(seed), 150);
            eraseSomeDeletedUsers(one.node(0), new Random(seed));
            oneNode = snapshot(one.node(0));
        }
        try (Deployment two = Deployment.of(2, seed)) {
            Random route = new Random(-seed);
            History.randomSteps(() -> two.node(route.nextInt(2)), History.pools(two.node(0)), new Random(seed), 150);
            eraseSomeDeletedUsers(two.node(1), new Random(seed));
            Map<String, Object> live = snapshot(two.node(0));
            assertThat(live).isEqualTo(oneNode);
            two.node(1).rebuildProjections();
            assertThat(snapshot(two.node(0))).isEqualTo(live);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void requestsServedAtOnceByTwoNodesLeaveWhatTheLogSays(long seed) throws Exception {
        try (Deployment two = Deployment.of(2, seed)) {
            List<String> pools = History.pools(two.node(0));
            ExecutorService executor = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                CairnEngine node = two.node(n);
                Random rnd = new Random(seed * 31 + n);
                done.add(executor.submit(() -> History.randomSteps(() -> node, pools, rnd, 120)));
            }
            for (Future<?> f : done) f.get();
            executor.shutdown();
            eraseSomeDeletedUsers(two.node(0), new Random(seed));
            Map<String, Object> live = snapshot(two.node(1));
            two.node(0).rebuildProjections();
            assertThat(snapshot(two.node(1))).isEqualTo(live);
        }
    }
}
