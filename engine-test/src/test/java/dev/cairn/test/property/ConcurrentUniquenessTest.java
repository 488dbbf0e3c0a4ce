package dev.cairn.test.property;

import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: however many requests race to create one username, exactly one wins. */
class ConcurrentUniquenessTest {

    @RepeatedTest(5)
    void exactlyOneOfManyConcurrentCreationsWins() throws Exception {
        try (CairnFixture fixture = CairnFixture.inMemory()) {
            String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("race"))).userPool().id();
            int threads = 8;
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String email = "racer" + i + "@example.com";
                outcomes.add(executor.submit(() -> {
                    start.await();
                    try {
                        fixture.engine().adminCreateUser(Requests.adminCreateUser(pool, "same", "email", email));
                        return "won";
                    } catch (UsernameExistsException e) {
                        return "lost";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) results.add(f.get());
            executor.shutdown();
            assertThat(results).filteredOn("won"::equals).hasSize(1);
            assertThat(fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(pool).build()).users()).hasSize(1);
            assertThat(fixture.engine().axon().readAll().count()).as("the pool's two events and one user's").isEqualTo(3);
        }
    }
}
