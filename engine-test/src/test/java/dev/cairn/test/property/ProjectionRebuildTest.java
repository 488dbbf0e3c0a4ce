package dev.cairn.test.property;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.ConcurrentModificationException;
import dev.cairn.api.error.InternalErrorException;
import dev.cairn.api.model.*;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.UserStore;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever sequence of operations built the log, and whichever deleted users' personal
 * data was erased since, projections and uniqueness claims rebuilt from the log equal the live ones. Each seed drives a different random history.
 */
public class ProjectionRebuildTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void rebuiltProjectionsEqualLiveOnes(long seed) {
        try (CairnFixture fixture = CairnFixture.inMemory()) {
            Random rnd = new Random(seed);
            History.randomHistory(fixture.engine(), rnd, 150);
            eraseSomeDeletedUsers(fixture.engine(), rnd);
            Map<String, Object> live = snapshot(fixture.engine());
            fixture.engine().rebuildProjections();
            assertThat(snapshot(fixture.engine())).isEqualTo(live);
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

    /** Everything the read side answers, in a comparable form. */
    public static Map<String, Object> snapshot(CairnEngine engine) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<ClaimStore.Claim> claims = engine.storage().claims().all();
        s.put("claims", claims);
        List<String> pools = new ArrayList<>(engine.storage().pools().list(null, 1000));
        s.put("pools", pools);
        for (String poolId : engine.storage().users().poolIds()) {
            s.put("users:" + poolId, engine.storage().users().find(poolId, "username", UserStore.Match.PREFIX, "", null, 100_000));
            s.put("index-email:" + poolId, engine.storage().users().find(poolId, "email", UserStore.Match.PREFIX, "", null, 100_000));
            s.put("index-groups:" + poolId, engine.storage().users().find(poolId, "cognito:group", UserStore.Match.PREFIX, "", null, 100_000));
            s.put("index-status:" + poolId, engine.storage().users().find(poolId, "status", UserStore.Match.PREFIX, "", null, 100_000));
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
