package dev.cairn.test.property;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.ConcurrentModificationException;
import dev.cairn.api.error.InternalErrorException;
import dev.cairn.api.model.*;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.storage.memory.InMemoryStorage;
import dev.cairn.core.user.UserIndex;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.storage.PostgresServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever sequence of operations built the log, and whichever deleted users' personal
 * data was erased since, projections and uniqueness claims rebuilt from the log equal the live ones. Each seed drives a different random history.
 */
public class ProjectionRebuildTest {

    @TempDir
    Path dataDir;

    /**
     * Every backend: the in-memory one replays through Axon's reader, H2 and PostgreSQL read their
     * stored rows directly. {@code tiny} batches (a few events per transaction and per page of the
     * reader) put users, claims and personal-data keys across batch borders, as a large log does.
     */
    @ParameterizedTest(name = "{0}, seed {1}, tiny batches {2}")
    @MethodSource("histories")
    void rebuiltProjectionsEqualLiveOnes(String backend, long seed, boolean tiny) {
        try (CairnFixture fixture = CairnFixture.on(storage(backend))) {
            Random rnd = new Random(seed);
            History.randomHistory(fixture.engine(), rnd, 150);
            eraseSomeDeletedUsers(fixture.engine(), rnd);
            Map<String, Object> live = snapshot(fixture.engine());
            withTinyBatches(tiny, () -> fixture.engine().rebuildProjections());
            assertThat(snapshot(fixture.engine())).isEqualTo(live);
        }
    }

    /**
     * Users that change in a later batch than the one that created them: an index entry that moved (an
     * email changed), an attribute deleted, a user deleted, a username taken again after its user was
     * deleted, a group left, a deleted pool's users; the rebuilt users and every index entry come out
     * as the live path left them. Batches of two events, so the steps fall in many batches.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rebuiltIndexFollowsUsersThatChangeInLaterBatches(String backend) {
        try (CairnFixture fixture = CairnFixture.on(storage(backend))) {
            CairnEngine api = fixture.engine();
            String pool = api.createUserPool(CreateUserPoolRequest.builder().poolName("p").aliasAttributes("email").build()).userPool().id();
            String gone = api.createUserPool(CreateUserPoolRequest.builder().poolName("gone").build()).userPool().id();
            api.adminCreateUser(Requests.adminCreateUser(gone, "c", "email", "c@example.com"));
            api.adminCreateUser(Requests.adminCreateUser(pool, "a", "email", "a@example.com", "given_name", "Ann"));
            api.adminCreateUser(Requests.adminCreateUser(pool, "b", "email", "b@example.com"));
            api.createGroup(Requests.createGroup(pool, "g"));
            api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("a").groupName("g").build());
            api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("b").groupName("g").build());
            api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("a")
                    .userAttributes(Requests.attributes("email", "a2@example.com", "family_name", "Smith")).build());
            api.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username("a").userAttributeNames("given_name").build());
            api.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(pool).username("a").groupName("g").build());
            api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("a").build());
            api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("b").build());
            api.adminCreateUser(Requests.adminCreateUser(pool, "b", "email", "b2@example.com"));
            api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(gone).build());
            Map<String, Object> live = snapshot(api);
            assertThat(api.storage().users().find(pool, "email", UserStore.Match.EQUALS, "a@example.com", null, 10)).isEmpty();

            rebuildInBatchesOfTwo(api);

            assertThat(snapshot(api)).isEqualTo(live);
            UserStore users = api.storage().users();
            assertThat(users.find(pool, "email", UserStore.Match.PREFIX, "", null, 10)).extracting(UserStore.Hit::value)
                    .containsExactly("a2@example.com", "b2@example.com");
            assertThat(users.find(pool, "given_name", UserStore.Match.PREFIX, "", null, 10)).isEmpty();
            assertThat(users.find(pool, "cognito:group", UserStore.Match.PREFIX, "", null, 10)).isEmpty();
            assertThat(users.find(pool, "status", UserStore.Match.EQUALS, "Disabled", null, 10)).hasSize(1);
            assertThat(users.poolIds()).containsExactly(pool);
        }
    }

    /**
     * Values holding what a bulk load such as PostgreSQL's COPY text format gives a meaning to (tab, newline,
     * carriage return, backslash, a literal {@code \N} and {@code \.}), quotes, and text beyond ASCII, in usernames
     * (claims), indexed attributes and the users' documents, changed again in later batches: the
     * rebuilt rows hold exactly the values the live path stored. Batches of two events.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void rebuiltRowsKeepEveryCharacterOfTheirValues(String backend) {
        try (CairnFixture fixture = CairnFixture.on(storage(backend))) {
            CairnEngine api = fixture.engine();
            String pool = api.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool().id();
            String odd = "tab\there, new\nline\r\n, back\\slash \\N \\. \\t, \"quoted\" 'single', \u00fc\u00df \u4e2d\u6587 \uD83D\uDE00";
            String username = "b\\s\"q'\u00fc\u4e2d";
            api.adminCreateUser(Requests.adminCreateUser(pool, username, "given_name", odd, "family_name", "\\N", "name", "\\."));
            api.adminCreateUser(Requests.adminCreateUser(pool, "plain", "given_name", "\t\n\\"));
            api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username(username)
                    .userAttributes(Requests.attributes("family_name", odd + "\t2", "preferred_username", "x\\y\tz")).build());
            Map<String, Object> live = snapshot(api);

            rebuildInBatchesOfTwo(api);

            assertThat(snapshot(api)).isEqualTo(live);
            UserStore users = api.storage().users();
            assertThat(users.find(pool, "given_name", UserStore.Match.EQUALS, odd, null, 10)).hasSize(1);
            assertThat(users.find(pool, "family_name", UserStore.Match.EQUALS, odd + "\t2", null, 10)).hasSize(1);
            assertThat(users.find(pool, "name", UserStore.Match.EQUALS, "\\.", null, 10)).hasSize(1);
            assertThat(users.find(pool, "username", UserStore.Match.EQUALS, username, null, 10)).hasSize(1);
        }
    }

    static Stream<String> backends() {
        return Stream.of("memory", "h2", "postgres");
    }

    static Stream<Arguments> histories() {
        Stream<Arguments> seeds = LongStream.rangeClosed(1, 5).boxed().flatMap(seed -> Stream.of("memory", "h2", "postgres")
                .map(backend -> Arguments.of(backend, seed, false)));
        return Stream.concat(seeds, Stream.of("memory", "h2", "postgres").map(backend -> Arguments.of(backend, 6L, true)));
    }

    private Storage storage(String backend) {
        return switch (backend) {
            case "memory" -> new InMemoryStorage();
            case "h2" -> JdbcStorage.h2File(dataDir);
            default -> JdbcStorage.postgres(PostgresServer.shared().newDatabase("rebuild"), PostgresServer.shared().user(),
                    PostgresServer.shared().password());
        };
    }

    /** Rebuilds with two events per batch, so a user's steps fall in many batches. */
    private static void rebuildInBatchesOfTwo(CairnEngine api) {
        System.setProperty("cairn.rebuild.batch", "2");
        try {
            api.rebuildProjections();
        } finally {
            System.clearProperty("cairn.rebuild.batch");
        }
    }

    private static void withTinyBatches(boolean tiny, Runnable work) {
        if (!tiny) {
            work.run();
            return;
        }
        System.setProperty("cairn.rebuild.batch", "7");
        System.setProperty("cairn.rebuild.page", "3");
        try {
            work.run();
        } finally {
            System.clearProperty("cairn.rebuild.batch");
            System.clearProperty("cairn.rebuild.page");
        }
    }

    /**
     * Erases the personal data of about half the deleted users, so the rebuild replays erased
     * claims too; usernames repeat in these histories, so an erased user's keys were often taken again.
     */
    static void eraseSomeDeletedUsers(CairnEngine engine, Random rnd) {
        List<UserDeleted> deleted = engine.axon().readAll().map(m -> m.getPayload())
                .filter(UserDeleted.class::isInstance).map(UserDeleted.class::cast).toList();
        assertThat(deleted).as("deleted users in the history").isNotEmpty();
        for (UserDeleted d : deleted) {
            if (rnd.nextBoolean()) engine.erasePersonalData(d.userPoolId(), d.sub());
        }
    }

    /** Every name the users' index has entries for, and sub. */
    private static final List<String> INDEXED = Stream.concat(Stream.of(UserIndex.USER_STATUS, UserIndex.STATUS, UserIndex.GROUP, "sub"),
            UserIndex.FILTERABLE.stream().sorted()).toList();

    /** Everything the read side answers, in a comparable form. */
    public static Map<String, Object> snapshot(CairnEngine engine) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<ClaimStore.Claim> claims = engine.storage().claims().all();
        s.put("claims", claims);
        List<String> pools = new ArrayList<>(engine.storage().pools().list(null, 1000));
        s.put("pools", pools);
        for (String poolId : engine.storage().users().poolIds()) {
            s.put("users:" + poolId, engine.storage().users().find(poolId, "username", UserStore.Match.PREFIX, "", null, 100_000));
            for (String name : INDEXED) s.put("index-" + name + ":" + poolId, engine.storage().users().find(poolId, name, UserStore.Match.PREFIX, "", null, 100_000));
        }
        return s;
    }

    /**
     * Random but valid-ish operations; Cognito errors are part of the history being exercised, but
     * an internal error, or a request that lost every retry to another writer, fails the test.
     */
    static final class History {
        static void randomHistory(CairnEngine api, Random rnd, int steps) {
            randomSteps(() -> api, pools(api), rnd, steps);
        }

        /** Two pools, one with email aliases and one signing in by email, case-insensitively. */
        static List<String> pools(CairnEngine api) {
            List<String> pools = new ArrayList<>();
            pools.add(api.createUserPool(CreateUserPoolRequest.builder().poolName("p0").aliasAttributes("email").build()).userPool().id());
            pools.add(api.createUserPool(CreateUserPoolRequest.builder().poolName("p1").usernameAttributes("email")
                    .usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build()).build()).userPool().id());
            return pools;
        }

        /** {@code steps} random operations on {@code pools}, each sent to the engine {@code nodes} gives at that moment. */
        static void randomSteps(Supplier<CairnEngine> nodes, List<String> pools, Random rnd, int steps) {
            for (int i = 0; i < steps; i++) {
                CairnEngine api = nodes.get();
                String pool = pools.get(rnd.nextInt(pools.size()));
                String user = "user" + rnd.nextInt(12);
                String email = "e" + rnd.nextInt(8) + "@example.com";
                String group = "g" + rnd.nextInt(3);
                try {
                    switch (rnd.nextInt(12)) {
                        case 0, 1 -> api.adminCreateUser(Requests.adminCreateUser(pool, pool.equals(pools.get(1)) ? email : user,
                                "email", email, "email_verified", String.valueOf(rnd.nextBoolean())));
                        case 2 -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username(user)
                                .userAttributes(Requests.attributes("email", email, "email_verified", "true", "given_name", "G" + i)).build());
                        case 3 -> api.createGroup(Requests.createGroup(pool, group));
                        case 4 -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username(user).groupName(group).build());
                        case 5 -> api.deleteGroup(DeleteGroupRequest.builder().userPoolId(pool).groupName(group).build());
                        case 6 -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username(user).build());
                        case 7 -> api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username(user).build());
                        case 8 -> api.createUserPoolClient(Requests.createClient(pool, "c" + i));
                        case 10 -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool)
                                .mfaConfiguration(rnd.nextBoolean() ? "OPTIONAL" : "OFF").build().toBuilder()
                                .emailMfaConfiguration(rnd.nextBoolean() ? EmailMfaConfigType.builder().message("code {####}").build() : null).build());
                        case 11 -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username(user)
                                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(rnd.nextBoolean()).preferredMfa(rnd.nextBoolean()).build()).build());
                        default -> api.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username(user)
                                .userAttributeNames("given_name").build());
                    }
                } catch (InternalErrorException | ConcurrentModificationException e) {
                    throw e;
                } catch (CognitoException expected) {
                    // refused requests are part of a realistic history; they write nothing
                }
            }
        }
    }
}
