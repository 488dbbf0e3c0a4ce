package dev.cairn.test.auth;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AdminInitiateAuthRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.ChangePasswordRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.RespondToAuthChallengeRequest;
import dev.cairn.core.storage.Storage;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout holds in every flow and every step of every flow, including SRP sessions opened
 * before it, and counts each failed attempt exactly once however many race.
 */
class LockoutTest {

    static final String PASSWORD = "Corr3ct-Horse!";
    static final String WRONG = "Wrong-Passw0rd!";
    static final String LOCKED = "Password attempts exceeded";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = pool(fixture);
    final String client = client(fixture, pool);

    {
        confirmedUser(fixture, pool, "alice");
    }

    static String pool(CairnFixture fixture) {
        return fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop").build())).userPool().id();
    }

    static String client(CairnFixture fixture, String pool) {
        return fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .build())).userPoolClient().clientId();
    }

    static void confirmedUser(CairnFixture fixture, String pool, String name) {
        fixture.givenThat(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username(name).messageAction("SUPPRESS").build()));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(name)
                .password(PASSWORD).permanent(true).build()));
    }

    void lockAlice() {
        for (int i = 0; i < 5; i++) {
            fixture.when(api -> SignIn.password(api, client, "alice", WRONG)).expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        }
    }

    RespondToAuthChallengeRequest srpAnswer(String password) {
        return SignIn.answer(SignIn.startSrp(fixture.engine(), client, "alice", null), pool, client, password, fixture.clock().instant(), null);
    }

    @Test
    void srpSessionsOpenedBeforeTheLockoutAreRefusedAfterIt() {
        List<RespondToAuthChallengeRequest> rightAnswers = IntStream.range(0, 3).mapToObj(i -> srpAnswer(PASSWORD)).toList();
        List<RespondToAuthChallengeRequest> wrongAnswers = IntStream.range(0, 7).mapToObj(i -> srpAnswer(WRONG)).toList();
        for (int i = 0; i < 5; i++) {
            RespondToAuthChallengeRequest wrong = wrongAnswers.get(i);
            fixture.when(api -> api.respondToAuthChallenge(wrong)).expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                    .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("WRONG_PASSWORD"));
        }
        // Guesses kept in sessions opened in advance meet the lockout like any other.
        fixture.when(api -> api.respondToAuthChallenge(wrongAnswers.get(5))).expectFailure(NotAuthorizedException.class, LOCKED)
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class)
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("LOCKED_OUT"));
        fixture.when(api -> api.respondToAuthChallenge(rightAnswers.get(0))).expectFailure(NotAuthorizedException.class, LOCKED);
        fixture.clock().advance(Duration.ofSeconds(2));
        fixture.when(api -> api.respondToAuthChallenge(rightAnswers.get(1))).expectEvents(SignedIn.class, AuthChallengeAnswered.class);
    }

    @Test
    void aLockedOutUserIsNotEvenChallengedForSrp() {
        lockAlice();
        fixture.when(api -> SignIn.startSrp(api, client, "alice", null)).expectFailure(NotAuthorizedException.class, LOCKED)
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("LOCKED_OUT"));
    }

    @Test
    void theLockoutHoldsForTheAdminPasswordFlow() {
        lockAlice();
        fixture.when(api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                        .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build()))
                .expectFailure(NotAuthorizedException.class, LOCKED);
    }

    @Test
    void theLockoutHoldsForChangePasswordAndItsWrongGuessesCount() {
        String accessToken = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();
        Function<String, ChangePasswordRequest> change = previous -> ChangePasswordRequest.builder().accessToken(accessToken)
                .previousPassword(previous).proposedPassword("N3w-Passw0rd!!").build();
        for (int i = 0; i < 5; i++) {
            fixture.when(api -> api.changePassword(change.apply(WRONG))).expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                    .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("WRONG_PASSWORD"));
        }
        fixture.when(api -> api.changePassword(change.apply(PASSWORD))).expectFailure(NotAuthorizedException.class, LOCKED);
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).expectFailure(NotAuthorizedException.class, LOCKED);
    }

    @Test
    void theLockoutHoldsAtTheNewPasswordStep() {
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password("Temp-Passw0rd!").permanent(false).build()));
        var challenge = fixture.engine().respondToAuthChallenge(SignIn.answer(SignIn.startSrp(fixture.engine(), client, "alice", null),
                pool, client, "Temp-Passw0rd!", fixture.clock().instant(), null));
        assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
        for (int i = 0; i < 5; i++) {
            fixture.when(api -> SignIn.password(api, client, "alice", WRONG)).expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        }
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client)
                        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
                        .challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", "N3w-Passw0rd!!")).build()))
                .expectFailure(NotAuthorizedException.class, LOCKED)
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"memory", "postgresql"})
    void concurrentWrongPasswordsAreCountedExactlyOnceEach(String backend) throws Exception {
        try (CairnFixture racing = backend.equals("memory") ? CairnFixture.inMemory() : CairnFixture.on(postgres())) {
            String p = pool(racing);
            String c = client(racing, p);
            confirmedUser(racing, p, "bob");
            int attempts = 24;
            List<String> outcomes = race(attempts, () -> {
                try {
                    SignIn.password(racing.engine(), c, "bob", WRONG);
                    return "signed in";
                } catch (NotAuthorizedException e) {
                    return e.getMessage();
                }
            });
            // The clock stands still: five wrong guesses are judged, and every later one meets the lockout.
            assertThat(outcomes).filteredOn("Incorrect username or password."::equals).hasSize(5);
            assertThat(outcomes).filteredOn(LOCKED::equals).hasSize(attempts - 5);
            List<String> reasons = racing.engine().audit().userHistory(p, "bob").stream()
                    .filter(e -> e.event() instanceof SignInFailed).map(e -> ((SignInFailed) e.event()).reason()).toList();
            assertThat(reasons).hasSize(attempts);
            assertThat(reasons).filteredOn("WRONG_PASSWORD"::equals).hasSize(5);
        }
    }

    @Test
    void concurrentSrpAnswersInSessionsOpenedInAdvanceAreCountedExactlyOnceEach() throws Exception {
        int attempts = 16;
        List<RespondToAuthChallengeRequest> answers = IntStream.range(0, attempts).mapToObj(i -> srpAnswer(WRONG)).toList();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<String> outcomes = race(attempts, () -> {
            try {
                fixture.engine().respondToAuthChallenge(answers.get(next.getAndIncrement()));
                return "signed in";
            } catch (NotAuthorizedException e) {
                return e.getMessage();
            }
        });
        assertThat(outcomes).filteredOn("Incorrect username or password."::equals).hasSize(5);
        assertThat(outcomes).filteredOn(LOCKED::equals).hasSize(attempts - 5);
    }

    private static List<String> race(int attempts, java.util.concurrent.Callable<String> attempt) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) outcomes.add(f.get());
            return outcomes;
        } finally {
            executor.shutdown();
        }
    }

    private static Storage postgres() {
        return JdbcStorage.postgres(PostgresServer.shared().newDatabase("lockout"), PostgresServer.shared().user(), PostgresServer.shared().password());
    }
}
