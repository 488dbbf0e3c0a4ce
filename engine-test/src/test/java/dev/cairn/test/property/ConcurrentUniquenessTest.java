package dev.cairn.test.property;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.ListGroupsRequest;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.nodes.Deployment;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: however many requests race to create one username (or alias, or group name), in one
 * engine or through several engines sharing one database, exactly one wins.
 */
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

    @RepeatedTest(3)
    void exactlyOneOfManyCreationsRacingThroughTwoNodesOnOneDatabaseWins(RepetitionInfo repetition) throws Exception {
        try (Deployment deployment = Deployment.of(2, repetition.getCurrentRepetition())) {
            String pool = deployment.node(0).createUserPool(CreateUserPoolRequest.builder().poolName("race")
                    .aliasAttributes("email").build()).userPool().id();
            int threads = 8;
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                CairnEngine node = deployment.node(i % 2);
                int racer = i;
                outcomes.add(executor.submit(() -> {
                    start.await();
                    return List.of(
                            outcome(() -> node.adminCreateUser(Requests.adminCreateUser(pool, "same", "email", "racer" + racer + "@example.com"))),
                            outcome(() -> node.adminCreateUser(Requests.adminCreateUser(pool, "racer" + racer,
                                    "email", "same@example.com", "email_verified", "true"))),
                            outcome(() -> node.createGroup(Requests.createGroup(pool, "same"))));
                }));
            }
            start.countDown();
            List<List<String>> results = new ArrayList<>();
            for (Future<List<String>> f : outcomes) results.add(f.get());
            executor.shutdown();

            assertThat(results).extracting(r -> r.get(0)).as("username").containsOnlyOnce("won").containsOnly("won", "UsernameExistsException");
            assertThat(results).extracting(r -> r.get(2)).as("group name").containsOnlyOnce("won").containsOnly("won", "GroupExistsException");
            assertThat(deployment.node(1).listUsers(ListUsersRequest.builder().userPoolId(pool).filter("email = \"same@example.com\"").build())
                    .users()).as("holders of the verified email alias").hasSize(1);
            assertThat(deployment.node(1).listGroups(ListGroupsRequest.builder().userPoolId(pool).build()).groups()).hasSize(1);
        }
    }

    /** "won", or the Cognito error type the request was refused with. */
    private static String outcome(Runnable request) {
        try {
            request.run();
            return "won";
        } catch (CognitoException e) {
            return e.errorType();
        }
    }
}
