package dev.cairn.test.nodes;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.ConcurrentModificationException;
import dev.cairn.api.error.GroupExistsException;
import dev.cairn.api.error.InternalErrorException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.api.event.PersonalData;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.cairn.test.property.ProjectionRebuildTest.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several engines on one PostgreSQL database behave as one engine: whichever node serves a
 * request, the answer is the one a single node gives, no request fails internally when nodes race,
 * and what one node changes (an erasure, a key, a revocation, a setting) is in force on the others.
 */
class NodesSharingOneDatabaseTest {

    @Test
    void aScriptSentRoundRobinThroughTwoNodesGetsTheAnswersOfOneNode() {
        List<MixedWorkload.Answer> single, roundRobin, reversed;
        try (Deployment one = Deployment.of(1, 42)) {
            single = MixedWorkload.run(step -> one.node(0), one.clock(), one.outbox());
        }
        try (Deployment two = Deployment.of(2, 42)) {
            roundRobin = MixedWorkload.run(step -> two.node(step % 2), two.clock(), two.outbox());
        }
        try (Deployment two = Deployment.of(2, 42)) {
            reversed = MixedWorkload.run(step -> two.node(1 - step % 2), two.clock(), two.outbox());
        }
        assertThat(single).extracting(MixedWorkload.Answer::answer).noneMatch(a -> a instanceof String s && s.startsWith("InternalErrorException"));
        assertSameAnswers(roundRobin, single);
        assertSameAnswers(reversed, single);
    }

    /** Answer by answer, so a failure names the first request whose answer differs. */
    private static void assertSameAnswers(List<MixedWorkload.Answer> actual, List<MixedWorkload.Answer> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("answer %d", i).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    @Test
    void nodesRacingOnTheSameUsersGroupsAndClientNeverFailInternallyAndAgreeAfterwards() throws Exception {
        try (Deployment deployment = Deployment.of(2, 7)) {
            CairnEngine a = deployment.node(0);
            String pool = a.createUserPool(Requests.createUserPool("race")).userPool().id();
            String client = a.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            for (int u = 0; u < 4; u++) {
                a.adminCreateUser(Requests.adminCreateUser(pool, "u" + u, "email", "u" + u + "@example.com"));
                a.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("u" + u)
                        .password("Passw0rd-u" + u).permanent(true).build());
            }
            for (String g : List.of("g0", "g1")) a.createGroup(Requests.createGroup(pool, g));

            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<String> groupsCreated = Collections.synchronizedList(new ArrayList<>());
            int threadsPerNode = 3;
            ExecutorService executor = Executors.newFixedThreadPool(2 * threadsPerNode);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2 * threadsPerNode; t++) {
                CairnEngine node = deployment.node(t % 2);
                Random rnd = new Random(100 + t);
                String thread = "t" + t;
                done.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < 40; i++) {
                        try {
                            raceStep(node, pool, client, rnd, thread + "-" + i, groupsCreated);
                        } catch (InternalErrorException | ConcurrentModificationException e) {
                            failures.add(e.errorType() + ": " + e.getMessage());
                        } catch (CognitoException refused) {
                            // taken names, locked-out users: refusals a racing workload meets
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get();
            executor.shutdown();

            assertThat(failures).isEmpty();
            for (CairnEngine node : deployment.nodes()) {
                // Each node's cached UserPool knows every group the other node created.
                for (String g : groupsCreated) {
                    assertThatThrownBy(() -> node.createGroup(Requests.createGroup(pool, g))).isInstanceOf(GroupExistsException.class);
                }
            }
            Map<String, Object> live = snapshot(a);
            deployment.node(1).rebuildProjections();
            assertThat(snapshot(a)).as("read models and claims rebuilt from the log").isEqualTo(live);
        }
    }

    /** One random request of a racing workload, all on the same few users, groups and client. */
    private static void raceStep(CairnEngine node, String pool, String client, Random rnd, String tag, List<String> groupsCreated) {
        String user = "u" + rnd.nextInt(4);
        String group = "g" + rnd.nextInt(2);
        switch (rnd.nextInt(9)) {
            case 0 -> node.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username(user)
                    .userAttributes(Requests.attributes("given_name", tag)).build());
            case 1 -> node.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username(user).groupName(group).build());
            case 2 -> node.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(pool).username(user).groupName(group).build());
            case 3 -> node.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                    .authParameters(Map.of("USERNAME", user, "PASSWORD", "Passw0rd-" + user)).build());
            case 4 -> {
                node.createGroup(Requests.createGroup(pool, tag));
                groupsCreated.add(tag);
            }
            case 5 -> node.updateGroup(UpdateGroupRequest.builder().userPoolId(pool).groupName(group).precedence(rnd.nextInt(10)).build());
            case 6 -> node.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(client).clientName(tag)
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build());
            case 7 -> node.adminCreateUser(Requests.adminCreateUser(pool, "racer" + rnd.nextInt(3)));
            default -> {
                node.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username(user).build());
                node.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username(user).build());
            }
        }
    }

    @Test
    void anErasureOnOneNodeIsInForceOnTheOtherWithinOneSecond() throws InterruptedException {
        try (Deployment deployment = Deployment.of(2, 3)) {
            CairnEngine a = deployment.node(0), b = deployment.node(1);
            String pool = a.createUserPool(Requests.createUserPool("erase")).userPool().id();
            String sub = a.adminCreateUser(Requests.adminCreateUser(pool, "erin", "email", "erin@example.com")).user().attributes().stream()
                    .filter(at -> at.name().equals("sub")).findFirst().orElseThrow().value();
            a.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("erin").build());
            assertThat(usernameInHistory(b, pool, sub)).as("B has opened, and cached, erin's key").isEqualTo("erin");

            a.erasePersonalData(pool, sub);
            long erased = System.nanoTime();
            while (!usernameInHistory(b, pool, sub).equals(PersonalData.ERASED)) {
                assertThat(Duration.ofNanos(System.nanoTime() - erased)).as("time until B reads erin's data erased")
                        .isLessThan(Duration.ofSeconds(1));
                Thread.sleep(20);
            }
        }
    }

    private static String usernameInHistory(CairnEngine node, String pool, String sub) {
        return ((UserCreated) node.audit().userHistoryBySub(pool, sub).get(0).event()).username();
    }

    @Test
    void aRotatedKeyARevocationASignOutAndAPoolSettingOnOneNodeAreInForceOnTheOtherAtOnce() {
        try (Deployment deployment = Deployment.of(2, 5)) {
            CairnEngine a = deployment.node(0), b = deployment.node(1);
            String pool = a.createUserPool(Requests.createUserPool("coherent")).userPool().id();
            String client = a.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            a.adminCreateUser(Requests.adminCreateUser(pool, "kim", "email", "kim@example.com"));
            a.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("kim").password("Passw0rd-kim").permanent(true).build());
            AuthenticationResultType before = signIn(b, client);

            String kid = a.rotateSigningKey(pool);
            assertThat(b.jwks(pool)).contains(kid);
            AuthenticationResultType after = signIn(b, client);
            assertThat(kidOf(after.accessToken())).as("B signs with the key A added").isEqualTo(kid);
            assertThat(b.getUser(GetUserRequest.builder().accessToken(before.accessToken()).build()).username()).isEqualTo("kim");

            a.revokeToken(RevokeTokenRequest.builder().clientId(client).token(after.refreshToken()).build());
            assertThatThrownBy(() -> b.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("REFRESH_TOKEN_AUTH")
                    .authParameters(Map.of("REFRESH_TOKEN", after.refreshToken())).build())).isInstanceOf(NotAuthorizedException.class);

            a.adminUserGlobalSignOut(AdminUserGlobalSignOutRequest.builder().userPoolId(pool).username("kim").build());
            assertThatThrownBy(() -> b.getUser(GetUserRequest.builder().accessToken(before.accessToken()).build()))
                    .isInstanceOf(NotAuthorizedException.class);

            a.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).policies(UserPoolPolicyType.builder()
                    .passwordPolicy(PasswordPolicyType.builder().minimumLength(20).build()).build()).build());
            assertThatThrownBy(() -> b.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("kim")
                    .password("Passw0rd-kim-2").permanent(true).build())).isInstanceOf(InvalidPasswordException.class);

            a.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(client)
                    .explicitAuthFlows("ALLOW_REFRESH_TOKEN_AUTH").build());
            assertThatThrownBy(() -> signIn(b, client)).isInstanceOf(CognitoException.class)
                    .hasMessageContaining("flow not enabled for this client");

            a.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("kim").build());
            assertThatThrownBy(() -> b.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                    .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "kim", "PASSWORD", "Passw0rd-kim")).build()))
                    .isInstanceOf(CognitoException.class);
        }
    }

    private static AuthenticationResultType signIn(CairnEngine node, String client) {
        return node.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "kim", "PASSWORD", "Passw0rd-kim")).build()).authenticationResult();
    }

    private static String kidOf(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }
}
