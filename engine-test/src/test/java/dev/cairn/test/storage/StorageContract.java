package dev.cairn.test.storage;

import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.error.GroupExistsException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.event.MessageSent;
import dev.cairn.api.event.PersonalData;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.axon.EventSerializer;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.storage.PersonalDataKeyStore;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.storage.UserStore.Cursor;
import dev.cairn.core.storage.UserStore.Hit;
import dev.cairn.core.storage.UserStore.IndexEntry;
import dev.cairn.core.storage.UserStore.Match;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every storage backend must do the same way, checked through the engine's public API (and,
 * in {@link Stores}, through the storage's own interfaces): round trips of every pool, client, group
 * and user operation; uniqueness under concurrency; aliases; ListUsers filters and paging; atomicity
 * of a failed request; projections rebuilt from the log; and, for durable backends, what survives a
 * restart.
 *
 * <p>A subclass says how to open its backend. Each test gets an engine over an empty storage.
 */
public abstract class StorageContract {

    /** A storage for one test; it is reset before use. */
    protected abstract Storage openStorage();

    /** Whether the backend keeps its data once closed; then {@link #reopenStorage()} opens it again. */
    protected abstract boolean durable();

    /** The same database as the last {@link #openStorage()}, opened again after that storage was closed. */
    protected Storage reopenStorage() {
        throw new UnsupportedOperationException("not a durable backend");
    }

    protected Storage storage;
    protected CairnEngine engine;

    @BeforeEach
    void startEngine() {
        storage = openStorage();
        storage.reset();
        engine = CairnEngine.builder().storage(storage).build();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    // ------------------------------------------------------------------ helpers

    /** Closes the engine and its storage and starts a new engine over the reopened database. */
    protected void restart() {
        engine.close();
        storage = reopenStorage();
        engine = CairnEngine.builder().storage(storage).build();
    }

    protected String createPool(String name) {
        return createPool(CreateUserPoolRequest.builder().poolName(name).build());
    }

    protected String createPool(CreateUserPoolRequest request) {
        return engine.createUserPool(request).userPool().id();
    }

    protected UserType createUser(String poolId, String username, String... attributeNamesAndValues) {
        return engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(poolId).username(username)
                .userAttributes(attributes(attributeNamesAndValues)).messageAction("SUPPRESS").build()).user();
    }

    protected static List<AttributeType> attributes(String... namesAndValues) {
        List<AttributeType> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(AttributeType.builder().name(namesAndValues[i]).value(namesAndValues[i + 1]).build());
        }
        return list;
    }

    protected static String attribute(List<AttributeType> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }

    protected static String sub(UserType user) {
        return attribute(user.attributes(), "sub");
    }

    protected AdminGetUserResponse getUser(String poolId, String username) {
        return engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(poolId).username(username).build());
    }

    /** Every user a ListUsers walk returns, page by page. */
    protected List<UserType> listUsers(String poolId, String filter, int pageSize) {
        List<UserType> all = new ArrayList<>();
        String token = null;
        do {
            ListUsersResponse page = engine.listUsers(ListUsersRequest.builder().userPoolId(poolId).filter(filter)
                    .limit(pageSize).paginationToken(token).build());
            assertThat(page.users()).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page.users());
            token = page.paginationToken();
        } while (token != null);
        return all;
    }

    protected List<String> usernames(String poolId, String filter) {
        return listUsers(poolId, filter, 60).stream().map(UserType::username).toList();
    }

    protected List<String> groupMembers(String poolId, String group, int pageSize) {
        List<String> all = new ArrayList<>();
        String token = null;
        do {
            ListUsersInGroupResponse page = engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(poolId)
                    .groupName(group).limit(pageSize).nextToken(token).build());
            page.users().forEach(u -> all.add(u.username()));
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    protected List<GroupType> groups(String poolId, int pageSize) {
        List<GroupType> all = new ArrayList<>();
        String token = null;
        do {
            ListGroupsResponse page = engine.listGroups(ListGroupsRequest.builder().userPoolId(poolId).limit(pageSize).nextToken(token).build());
            all.addAll(page.groups());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    protected List<String> poolIds(int pageSize) {
        List<String> all = new ArrayList<>();
        String token = null;
        do {
            ListUserPoolsResponse page = engine.listUserPools(ListUserPoolsRequest.builder().maxResults(pageSize).nextToken(token).build());
            page.userPools().forEach(p -> all.add(p.id()));
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    protected List<String> clientIds(String poolId, int pageSize) {
        List<String> all = new ArrayList<>();
        String token = null;
        do {
            ListUserPoolClientsResponse page = engine.listUserPoolClients(ListUserPoolClientsRequest.builder().userPoolId(poolId)
                    .maxResults(pageSize).nextToken(token).build());
            page.userPoolClients().forEach(c -> all.add(c.clientId()));
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    /** The number of events in the log, read through the storage's event storage engine. */
    protected long eventCount() {
        try (var events = storage.eventStorageEngine(new EventSerializer()).readEvents(null, false)) {
            return events.count();
        }
    }

    /** Runs {@code task} on {@code threads} threads released together; returns each thread's result or failure. */
    protected static <T> List<Object> race(int threads, Function<Integer, T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(f.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("A racing thread did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code work} in a unit of work holding a transaction of the storage, committing it unless told otherwise. */
    protected <T> T inUnitOfWork(boolean commit, Callable<T> work) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        uow.attachTransaction(storage.transactionManager());
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            uow.rollback(e);
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof Error err) throw err;
            throw new IllegalStateException(e);
        }
        if (commit) uow.commit();
        else uow.rollback();
        return result;
    }

    // ------------------------------------------------------------------ user pools


    @Test
    void createdPoolIsDescribedWithItsSettings() {
        String id = createPool(CreateUserPoolRequest.builder().poolName("described")
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(10)
                        .requireNumbers(true).requireSymbols(false).requireUppercase(true).requireLowercase(true).build()).build())
                .aliasAttributes(List.of("email")).userPoolTags(Map.of("team", "identity")).build());

        UserPoolType pool = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool();

        assertThat(pool.id()).isEqualTo(id);
        assertThat(pool.name()).isEqualTo("described");
        assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(10);
        assertThat(pool.policies().passwordPolicy().requireSymbols()).isFalse();
        assertThat(pool.aliasAttributes()).containsExactly("email");
        assertThat(pool.userPoolTags()).containsEntry("team", "identity");
        assertThat(pool.estimatedNumberOfUsers()).isZero();
    }

    @Test
    void updatedSettingsAreDescribed() {
        String id = createPool("before");
        engine.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(id).poolName("after")
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(14).build()).build())
                .userPoolTags(Map.of("stage", "prod")).build());

        UserPoolType pool = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool();

        assertThat(pool.name()).isEqualTo("after");
        assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(14);
        assertThat(pool.userPoolTags()).containsEntry("stage", "prod");
    }

    @Test
    void estimatedNumberOfUsersCountsThePoolsUsers() {
        String id = createPool("counted");
        String other = createPool("other");
        createUser(id, "a");
        createUser(id, "b");
        createUser(other, "c");

        assertThat(engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool().estimatedNumberOfUsers())
                .isEqualTo(2);
    }

    @Test
    void poolListPagesVisitEveryPoolOnceInIdOrder() {
        List<String> created = IntStream.range(0, 7).mapToObj(i -> createPool("p" + i)).toList();

        List<String> listed = poolIds(3);

        assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
        assertThat(listed).isSorted();
    }

    // ------------------------------------------------------------------ devices

    /** A user of a device-tracking pool signed in {@code count} times, confirming each new device; answers the device keys. */
    private List<String> confirmedDevices(String pool, String username, int count) {
        String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("d")
                .explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
        createUser(pool, username);
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(username).password("Perm-Passw0rd!")
                .permanent(true).build());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var tokens = engine.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                    .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(java.util.Map.of("USERNAME", username, "PASSWORD", "Perm-Passw0rd!"))
                    .build()).authenticationResult();
            var meta = tokens.newDeviceMetadata();
            var secret = dev.cairn.core.srp.SrpClient.rememberDevice(meta.deviceGroupKey(), meta.deviceKey(), new java.util.Random(i));
            engine.confirmDevice(ConfirmDeviceRequest.builder().accessToken(tokens.accessToken()).deviceKey(meta.deviceKey())
                    .deviceSecretVerifierConfig(DeviceSecretVerifierConfigType.builder().salt(base64(secret.verifier().saltHex()))
                            .passwordVerifier(base64(secret.verifier().verifierHex())).build()).build());
            keys.add(meta.deviceKey());
        }
        return keys.stream().sorted().toList();
    }

    private static String base64(String hex) {
        return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex));
    }

    private String devicePool(String name) {
        return createPool(CreateUserPoolRequest.builder().poolName(name)
                .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true).build()).build());
    }

    @Test
    void devicePagesVisitEveryDeviceOnceInKeyOrder() {
        String pool = devicePool("devices");
        List<String> keys = confirmedDevices(pool, "dora", 5);
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var page = engine.adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("dora").limit(2)
                    .paginationToken(token).build());
            page.devices().forEach(d -> seen.add(d.deviceKey()));
            token = page.paginationToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(keys);
    }

    @Test
    void devicesRebuiltFromTheLogEqualTheLiveOnes() {
        String pool = devicePool("devices");
        List<String> keys = confirmedDevices(pool, "dora", 3);
        engine.adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest.builder().userPoolId(pool).username("dora").deviceKey(keys.get(1))
                .deviceRememberedStatus("remembered").build());
        engine.adminForgetDevice(AdminForgetDeviceRequest.builder().userPoolId(pool).username("dora").deviceKey(keys.get(2)).build());
        var live = engine.adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("dora").build());
        engine.rebuildProjections();
        assertThat(engine.adminListDevices(AdminListDevicesRequest.builder().userPoolId(pool).username("dora").build())).isEqualTo(live);
        assertThat(live.devices()).extracting(DeviceType::deviceKey).containsExactly(keys.get(0), keys.get(1));
    }

    @Test
    void devicesGoWithTheirDeviceTheirUserAndTheirPool() {
        String pool = devicePool("devices");
        String other = devicePool("other");
        List<String> keys = confirmedDevices(pool, "dora", 2);
        List<String> kept = confirmedDevices(other, "dora", 1);
        engine.adminForgetDevice(AdminForgetDeviceRequest.builder().userPoolId(pool).username("dora").deviceKey(keys.get(0)).build());
        String sub = sub(engine.listUsers(ListUsersRequest.builder().userPoolId(pool).build()).users().get(0));
        assertThat(storage.devices().list(pool, sub, null, 10)).hasSize(1);
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("dora").build());
        assertThat(storage.devices().list(pool, sub, null, 10)).isEmpty();
        String otherSub = sub(engine.listUsers(ListUsersRequest.builder().userPoolId(other).build()).users().get(0));
        assertThat(storage.devices().get(other, otherSub, kept.get(0))).isPresent();
        engine.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(other).build());
        assertThat(storage.devices().list(other, otherSub, null, 10)).isEmpty();
    }

    @Test
    void deletedPoolIsGoneWithItsUsersClientsAndKeys() {
        String id = createPool("doomed");
        String kept = createPool("kept");
        createUser(id, "alice");
        createUser(kept, "alice");
        String clientId = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(id).clientName("c").build())
                .userPoolClient().clientId();

        engine.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(id).build());

        assertThatThrownBy(() -> engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(poolIds(60)).containsExactly(kept);
        assertThat(storage.users().count(id)).isZero();
        assertThat(storage.users().poolIds()).containsExactly(kept);
        assertThat(storage.claims().all()).noneMatch(c -> c.scope().equals(id) || c.owner().equals(id) || c.key().equals(clientId));
        assertThat(getUser(kept, "alice").username()).isEqualTo("alice");
    }

    @Test
    void customAttributesAreAddedAndStoredOnUsers() {
        String id = createPool("custom");
        engine.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id).customAttributes(List.of(
                SchemaAttributeType.builder().name("tier").attributeDataType("String").mutable(true).build())).build());

        createUser(id, "alice", "custom:tier", "gold");

        assertThat(engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool().schemaAttributes())
                .anyMatch(a -> a.name().equals("custom:tier"));
        assertThat(attribute(getUser(id, "alice").userAttributes(), "custom:tier")).isEqualTo("gold");
    }

    // ------------------------------------------------------------------ app clients


    @Test
    void clientRoundTripsWithItsSecret() {
        String pool = createPool("p");
        UserPoolClientType created = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool)
                .clientName("web").generateSecret(true).explicitAuthFlows(List.of("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
                .build()).userPoolClient();

        UserPoolClientType described = engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool)
                .clientId(created.clientId()).build()).userPoolClient();

        assertThat(described.clientName()).isEqualTo("web");
        assertThat(described.clientSecret()).isNotBlank().isEqualTo(created.clientSecret());
        assertThat(described.explicitAuthFlows()).containsExactlyInAnyOrder("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
    }

    @Test
    void updatedClientIsDescribed() {
        String pool = createPool("p");
        String clientId = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("old").build())
                .userPoolClient().clientId();

        engine.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(clientId).clientName("new")
                .refreshTokenValidity(10).build());

        UserPoolClientType described = engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool)
                .clientId(clientId).build()).userPoolClient();
        assertThat(described.clientName()).isEqualTo("new");
        assertThat(described.refreshTokenValidity()).isEqualTo(10);
    }

    @Test
    void clientListPagesVisitEveryClientOnce() {
        String pool = createPool("p");
        List<String> created = IntStream.range(0, 5).mapToObj(i -> engine.createUserPoolClient(CreateUserPoolClientRequest.builder()
                .userPoolId(pool).clientName("c" + i).build()).userPoolClient().clientId()).toList();

        assertThat(clientIds(pool, 2)).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void deletedClientIsGoneAndItsIdReleased() {
        String pool = createPool("p");
        String clientId = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("c").build())
                .userPoolClient().clientId();
        assertThat(storage.claims().all()).anyMatch(c -> c.key().equals(clientId) && c.owner().equals(pool));

        engine.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(pool).clientId(clientId).build());

        assertThatThrownBy(() -> engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool).clientId(clientId).build()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(clientIds(pool, 60)).isEmpty();
        assertThat(storage.claims().all()).noneMatch(c -> c.key().equals(clientId));
    }

    // ------------------------------------------------------------------ groups


    @Test
    void groupRoundTripsThroughCreateGetAndUpdate() {
        String pool = createPool("p");
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("admins").description("all powers").precedence(1)
                .roleArn("arn:aws:iam::000000000000:role/admin").build());
        engine.updateGroup(UpdateGroupRequest.builder().userPoolId(pool).groupName("admins").description("most powers").precedence(2).build());

        GroupType group = engine.getGroup(GetGroupRequest.builder().userPoolId(pool).groupName("admins").build()).group();

        assertThat(group.description()).isEqualTo("most powers");
        assertThat(group.precedence()).isEqualTo(2);
        assertThat(group.userPoolId()).isEqualTo(pool);
    }

    @Test
    void takenGroupNameIsRefusedWithoutWritingAnything() {
        String pool = createPool("p");
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        long events = eventCount();

        assertThatThrownBy(() -> engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build()))
                .isInstanceOf(GroupExistsException.class);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void groupListPagesVisitEveryGroupOnceInNameOrder() {
        String pool = createPool("p");
        List<String> names = List.of("g5", "g1", "g3", "g0", "g6", "g2", "g4");
        names.forEach(n -> engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName(n).build()));

        assertThat(groups(pool, 3)).extracting(GroupType::groupName).containsExactly("g0", "g1", "g2", "g3", "g4", "g5", "g6");
    }

    @Test
    void membershipsAreListedFromBothSides() {
        String pool = createPool("p");
        List.of("a", "b", "c").forEach(u -> createUser(pool, u));
        List.of("g1", "g2").forEach(g -> engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName(g).build()));
        addToGroup(pool, "a", "g1");
        addToGroup(pool, "b", "g1");
        addToGroup(pool, "a", "g2");

        engine.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(pool).username("b").groupName("g1").build());

        assertThat(groupMembers(pool, "g1", 60)).containsExactly("a");
        assertThat(groupMembers(pool, "g2", 60)).containsExactly("a");
        assertThat(engine.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("a").build()).groups())
                .extracting(GroupType::groupName).containsExactlyInAnyOrder("g1", "g2");
        assertThat(engine.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("b").build()).groups())
                .isEmpty();
    }

    @Test
    void groupMemberPagesVisitEveryMemberOnce() {
        String pool = createPool("p");
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        List<String> members = IntStream.range(0, 9).mapToObj(i -> "member" + i).toList();
        members.forEach(u -> {
            createUser(pool, u);
            addToGroup(pool, u, "g");
        });
        createUser(pool, "outsider");

        assertThat(groupMembers(pool, "g", 4)).containsExactlyInAnyOrderElementsOf(members).doesNotHaveDuplicates();
    }

    @Test
    void deletedGroupLeavesNoMemberships() {
        String pool = createPool("p");
        List.of("a", "b").forEach(u -> createUser(pool, u));
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        addToGroup(pool, "a", "g");
        addToGroup(pool, "b", "g");

        engine.deleteGroup(DeleteGroupRequest.builder().userPoolId(pool).groupName("g").build());

        assertThatThrownBy(() -> engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("g").build()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(engine.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("a").build()).groups())
                .isEmpty();
        assertThat(storage.users().find(pool, "cognito:group", Match.EQUALS, "g", null, 10)).isEmpty();
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        assertThat(groupMembers(pool, "g", 60)).isEmpty();
    }

    @Test
    void concurrentMembershipChangesOfOneUserAllApply() throws Exception {
        String pool = createPool("p");
        createUser(pool, "busy");
        List<String> names = List.of("g0", "g1", "g2", "g3", "g4", "g5");
        names.forEach(g -> engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName(g).build()));

        List<Object> outcomes = race(names.size(), i -> {
            addToGroup(pool, "busy", names.get(i));
            return "ok";
        });

        assertThat(outcomes).containsOnly("ok");
        assertThat(engine.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("busy").build()).groups())
                .extracting(GroupType::groupName).containsExactlyInAnyOrderElementsOf(names);
        names.forEach(g -> assertThat(groupMembers(pool, g, 60)).containsExactly("busy"));
    }

    private void addToGroup(String pool, String user, String group) {
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username(user).groupName(group).build());
    }

    // ------------------------------------------------------------------ users


    @Test
    void createdUserRoundTrips() {
        String pool = createPool("p");
        UserType created = createUser(pool, "alice", "email", "alice@example.com", "name", "Alice", "phone_number", "+15550100");

        AdminGetUserResponse user = getUser(pool, "alice");

        assertThat(user.username()).isEqualTo("alice");
        assertThat(user.userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD");
        assertThat(user.enabled()).isTrue();
        assertThat(attribute(user.userAttributes(), "email")).isEqualTo("alice@example.com");
        assertThat(attribute(user.userAttributes(), "phone_number")).isEqualTo("+15550100");
        assertThat(attribute(user.userAttributes(), "sub")).isEqualTo(sub(created)).hasSize(36);
        assertThat(usernames(pool, null)).containsExactly("alice");
    }

    @Test
    void attributeUpdatesAndDeletionsAreStoredAndReindexed() {
        String pool = createPool("p");
        createUser(pool, "alice", "email", "old@example.com", "name", "Alice");

        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(attributes("email", "new@example.com")).build());
        engine.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributeNames(List.of("name")).build());

        AdminGetUserResponse user = getUser(pool, "alice");
        assertThat(attribute(user.userAttributes(), "email")).isEqualTo("new@example.com");
        assertThat(attribute(user.userAttributes(), "name")).isNull();
        assertThat(usernames(pool, "email = \"new@example.com\"")).containsExactly("alice");
        assertThat(usernames(pool, "email = \"old@example.com\"")).isEmpty();
        assertThat(usernames(pool, "name = \"Alice\"")).isEmpty();
    }

    @Test
    void disablingAndEnablingIsStored() {
        String pool = createPool("p");
        createUser(pool, "alice");

        engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build());
        assertThat(getUser(pool, "alice").enabled()).isFalse();

        engine.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username("alice").build());
        assertThat(getUser(pool, "alice").enabled()).isTrue();
    }

    @Test
    void permanentPasswordConfirmsTheUser() {
        String pool = createPool("p");
        createUser(pool, "alice");

        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password("Correct-Horse-9").permanent(true).build());

        assertThat(getUser(pool, "alice").userStatus()).isEqualTo("CONFIRMED");
    }

    @Test
    void deletedUserIsGoneAndItsUsernameFree() {
        String pool = createPool("p");
        String firstSub = sub(createUser(pool, "alice", "email", "a@example.com"));

        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("alice").build());

        assertThatThrownBy(() -> getUser(pool, "alice")).isInstanceOf(UserNotFoundException.class);
        assertThat(usernames(pool, "email = \"a@example.com\"")).isEmpty();
        String secondSub = sub(createUser(pool, "alice"));
        assertThat(secondSub).isNotEqualTo(firstSub);
        assertThat(engine.audit().userHistoryBySub(pool, firstSub)).hasSize(2);
    }

    @Test
    void takenUsernameIsRefusedWithoutWritingAnything() {
        String pool = createPool("p");
        createUser(pool, "alice");
        long events = eventCount();
        List<ClaimStore.Claim> claims = storage.claims().all();

        assertThatThrownBy(() -> createUser(pool, "alice", "email", "other@example.com")).isInstanceOf(UsernameExistsException.class);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(storage.claims().all()).isEqualTo(claims);
        assertThat(storage.users().count(pool)).isEqualTo(1);
        assertThat(usernames(pool, "email = \"other@example.com\"")).isEmpty();
    }

    @Test
    void caseInsensitivePoolTreatsUsernamesDifferingInCaseAsOne() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("ci")
                .usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build()).build());
        createUser(pool, "Alice");

        assertThatThrownBy(() -> createUser(pool, "alice")).isInstanceOf(UsernameExistsException.class);
        assertThat(getUser(pool, "ALICE").username()).isEqualTo("Alice");
    }

    @Test
    void concurrentCreationsOfOneUsernameHaveExactlyOneWinner() throws Exception {
        String pool = createPool("p");
        long events = eventCount();

        List<Object> outcomes = race(8, i -> createUser(pool, "racer", "email", "racer" + i + "@example.com"));

        assertThat(outcomes).filteredOn(o -> o instanceof UserType).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof UserType)).hasSize(7).allMatch(o -> o instanceof UsernameExistsException);
        UserType winner = (UserType) outcomes.stream().filter(o -> o instanceof UserType).findFirst().orElseThrow();
        assertThat(listUsers(pool, null, 60)).extracting(ListedUser::of).containsExactly(ListedUser.of(winner));
        assertThat(usernames(pool, "email ^= \"racer\"")).containsExactly("racer");
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(storage.claims().all()).filteredOn(c -> c.scope().equals(pool)).extracting(ClaimStore.Claim::owner)
                .containsOnly(sub(winner));
    }

    @Test
    void concurrentCreationsWithOneEmailAsUsernameHaveExactlyOneWinner() throws Exception {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("by-email").usernameAttributes(List.of("email")).build());

        List<Object> outcomes = race(6, i -> createUser(pool, "same@example.com"));

        assertThat(outcomes).filteredOn(o -> o instanceof UserType).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof UserType)).allMatch(o -> o instanceof UsernameExistsException);
        assertThat(storage.users().count(pool)).isEqualTo(1);
    }

    @Test
    void emailAsUsernameSignsInByEmailAndStaysUnique() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("by-email").usernameAttributes(List.of("email")).build());
        UserType created = createUser(pool, "u@example.com");

        assertThat(created.username()).isEqualTo(sub(created));
        assertThat(getUser(pool, "u@example.com").username()).isEqualTo(created.username());
        assertThatThrownBy(() -> createUser(pool, "u@example.com")).isInstanceOf(UsernameExistsException.class);
    }

    @Test
    void verifiedEmailAliasResolvesToItsHolderAndIsUnique() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("alias").aliasAttributes(List.of("email")).build());
        createUser(pool, "holder", "email", "x@example.com", "email_verified", "true");
        long events = eventCount();

        assertThat(getUser(pool, "x@example.com").username()).isEqualTo("holder");
        assertThatThrownBy(() -> createUser(pool, "second", "email", "x@example.com", "email_verified", "true"))
                .isInstanceOf(AliasExistsException.class);
        assertThatThrownBy(() -> getUser(pool, "second")).isInstanceOf(UserNotFoundException.class);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void forcedAliasCreationMovesTheAlias() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("alias").aliasAttributes(List.of("email")).build());
        createUser(pool, "holder", "email", "x@example.com", "email_verified", "true");

        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("taker").messageAction("SUPPRESS")
                .userAttributes(attributes("email", "x@example.com", "email_verified", "true")).forceAliasCreation(true).build());

        assertThat(getUser(pool, "x@example.com").username()).isEqualTo("taker");
        assertThat(attribute(getUser(pool, "holder").userAttributes(), "email_verified")).isEqualTo("false");
    }

    /** The parts of a listed user that storage keeps, for comparing listings. */
    record ListedUser(String username, String sub, String status, boolean enabled, Map<String, String> attributes) {
        static ListedUser of(UserType u) {
            Map<String, String> attributes = new LinkedHashMap<>();
            u.attributes().forEach(a -> attributes.put(a.name(), a.value()));
            return new ListedUser(u.username(), StorageContract.sub(u), u.userStatus(), u.enabled(), attributes);
        }
    }

    // ------------------------------------------------------------------ ListUsers


    /** Three users whose value of {@code attribute} differs: "first…", "second…", "third…". */
    private Map<String, UserType> threeUsers(String pool, String attribute) {
        Map<String, UserType> byValue = new LinkedHashMap<>();
        for (String[] user : new String[][]{{"first", "+15550001"}, {"second", "+15550002"}, {"third", "+25550003"}}) {
            String value = switch (attribute) {
                case "email" -> user[0] + "@example.com";
                case "phone_number" -> user[1];
                default -> user[0] + "-value";
            };
            UserType u = attribute.equals("username") || attribute.equals("sub") ? createUser(pool, user[0] + "-value")
                    : createUser(pool, "user-" + user[0], attribute, value);
            byValue.put(attribute.equals("sub") ? sub(u) : value, u);
        }
        return byValue;
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "sub"})
    void equalityFilterFindsExactlyTheUserWithThatValue(String attribute) {
        String pool = createPool("p");
        Map<String, UserType> users = threeUsers(pool, attribute);
        String value = new ArrayList<>(users.keySet()).get(1);

        assertThat(usernames(pool, attribute + " = \"" + value + "\"")).containsExactly(users.get(value).username());
        assertThat(usernames(pool, attribute + " = \"" + value.substring(0, value.length() - 1) + "\"")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "sub"})
    void prefixFilterFindsEveryUserWhoseValueStartsWithIt(String attribute) {
        String pool = createPool("p");
        Map<String, UserType> users = threeUsers(pool, attribute);
        List<String> values = new ArrayList<>(users.keySet());
        String prefix = attribute.equals("sub") ? values.get(0).substring(0, 13)
                : attribute.equals("phone_number") ? "+1555" : "";

        if (attribute.equals("sub") || attribute.equals("phone_number")) {
            List<String> expected = values.stream().filter(v -> v.startsWith(prefix)).map(v -> users.get(v).username()).toList();
            assertThat(usernames(pool, attribute + " ^= \"" + prefix + "\"")).containsExactlyInAnyOrderElementsOf(expected);
        } else {
            assertThat(usernames(pool, attribute + " ^= \"s\"")).containsExactly(users.get(values.get(1)).username());
            assertThat(usernames(pool, attribute + " ^= \"\"")).hasSize(3);
        }
    }

    @Test
    void userStatusFilterIgnoresCase() {
        String pool = createPool("p");
        createUser(pool, "pending");
        createUser(pool, "confirmed");
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("confirmed")
                .password("Correct-Horse-9").permanent(true).build());

        assertThat(usernames(pool, "cognito:user_status = \"force_change_password\"")).containsExactly("pending");
        assertThat(usernames(pool, "cognito:user_status = \"Confirmed\"")).containsExactly("confirmed");
        assertThat(usernames(pool, "cognito:user_status ^= \"conf\"")).containsExactly("confirmed");
    }

    @Test
    void statusFilterSeparatesEnabledFromDisabledUsers() {
        String pool = createPool("p");
        List.of("a", "b", "c").forEach(u -> createUser(pool, u));
        engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("b").build());

        assertThat(usernames(pool, "status = \"Enabled\"")).containsExactlyInAnyOrder("a", "c");
        assertThat(usernames(pool, "status = \"Disabled\"")).containsExactly("b");
    }

    @Test
    void pagesVisitEveryUserExactlyOnceInUsernameOrder() {
        String pool = createPool("p");
        List<String> names = new ArrayList<>(IntStream.range(0, 25).mapToObj(i -> "user" + (char) ('a' + (i * 7) % 25)).toList());
        names.forEach(n -> createUser(pool, n));
        Collections.sort(names);

        assertThat(listUsers(pool, null, 4)).extracting(UserType::username).containsExactlyElementsOf(names);
    }

    @Test
    void pagesOfOneSharedValueVisitEveryUserOnce() {
        String pool = createPool("p");
        List<String> names = IntStream.range(0, 13).mapToObj(i -> "shared" + i).toList();
        names.forEach(n -> createUser(pool, n));

        assertThat(listUsers(pool, "status = \"Enabled\"", 5)).extracting(UserType::username)
                .containsExactlyInAnyOrderElementsOf(names).doesNotHaveDuplicates();
        assertThat(listUsers(pool, "cognito:user_status ^= \"FORCE\"", 4)).extracting(UserType::username)
                .containsExactlyInAnyOrderElementsOf(names).doesNotHaveDuplicates();
    }

    @Test
    void pagingVisitsEveryExistingUserOnceWhileUsersAreAdded() {
        String pool = createPool("p");
        List<String> existing = IntStream.range(10, 30).mapToObj(i -> "m" + i).toList();
        existing.forEach(n -> createUser(pool, n));
        List<String> seen = new ArrayList<>();
        String token = null;
        int added = 0;
        do {
            ListUsersResponse page = engine.listUsers(ListUsersRequest.builder().userPoolId(pool).limit(3).paginationToken(token).build());
            page.users().forEach(u -> seen.add(u.username()));
            token = page.paginationToken();
            createUser(pool, "a" + added);   // before every cursor
            createUser(pool, "m" + (10 + added) + "x"); // right after an existing user, possibly after the cursor
            createUser(pool, "z" + added);   // after every cursor
            added++;
        } while (token != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(existing);
        assertThat(seen).noneMatch(n -> n.startsWith("a"));
        assertThat(seen).isSorted();
    }

    @Test
    void usersAreOrderedByValueInJavaStringOrder() {
        String pool = createPool("p");
        List<String> names = new ArrayList<>(List.of("Zoe", "adam", "Émile", "zoë", "東京", "Ωmega", "_under", "0day", "adam2", "Adam"));
        names.forEach(n -> createUser(pool, n));
        names.sort(Comparator.naturalOrder());

        assertThat(listUsers(pool, null, 3)).extracting(UserType::username).containsExactlyElementsOf(names);
    }

    @Test
    void prefixMatchesExactlyTheValuesThatStartWithIt() {
        String pool = createPool("p");
        Map<String, String> nameByUser = new LinkedHashMap<>();
        List.of("ab", "abc", "abd", "ab\uD83D\uDE00", "ab\uFF01", "ab\u00FF", "ac", "a", "b", "aa\uFFFD", "50%_off", "50abc")
                .forEach(v -> nameByUser.put("u" + nameByUser.size(), v));
        nameByUser.forEach((user, name) -> createUser(pool, user, "name", name));

        List<String> matched = listUsers(pool, "name ^= \"ab\"", 2).stream().map(u -> attribute(u.attributes(), "name")).toList();
        assertThat(matched).containsExactlyInAnyOrder("ab", "abc", "abd", "ab\uD83D\uDE00", "ab\uFF01", "ab\u00FF");
        assertThat(usernames(pool, "name ^= \"50%\"")).containsExactly("u10");
    }

    // ------------------------------------------------------------------ atomicity


    @Test
    void aRejectedRequestLeavesNoEventClaimOrRow() {
        String pool = createPool("p");
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        createUser(pool, "alice", "email", "alice@example.com");
        long events = eventCount();
        List<ClaimStore.Claim> claims = storage.claims().all();
        List<ListedUser> users = listUsers(pool, null, 60).stream().map(ListedUser::of).toList();

        assertThatThrownBy(() -> createUser(pool, "alice", "email", "bob@example.com")).isInstanceOf(UsernameExistsException.class);
        assertThatThrownBy(() -> engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("nobody")
                .groupName("g").build())).isInstanceOf(UserNotFoundException.class);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(storage.claims().all()).isEqualTo(claims);
        assertThat(listUsers(pool, null, 60)).extracting(ListedUser::of).isEqualTo(users);
    }

    @Test
    void aFailedRequestUndoesTheCommandsItAlreadySent() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("alias").aliasAttributes(List.of("email")).build());
        createUser(pool, "holder", "email", "x@example.com", "email_verified", "true");
        long events = eventCount();

        // ForceAliasCreation first unverifies the holder's email, then the creation fails on the taken username.
        assertThatThrownBy(() -> engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("holder")
                .messageAction("SUPPRESS").userAttributes(attributes("email", "x@example.com", "email_verified", "true"))
                .forceAliasCreation(true).build())).isInstanceOf(UsernameExistsException.class);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(attribute(getUser(pool, "holder").userAttributes(), "email_verified")).isEqualTo("true");
        assertThat(getUser(pool, "x@example.com").username()).isEqualTo("holder");

        // The holder's next change builds on its committed state, not on the undone command's.
        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("holder")
                .userAttributes(attributes("name", "Holder")).build());
        assertThat(engine.audit().userHistory(pool, "holder")).extracting(h -> h.sequence()).containsExactly(0L, 1L);
        assertThat(attribute(engine.audit().userAsOf(pool, sub(listUsers(pool, "username = \"holder\"", 60).get(0)),
                java.time.Instant.now().plusSeconds(1)).orElseThrow().userAttributes(), "email_verified")).isEqualTo("true");
    }

    // ------------------------------------------------------------------ rebuild


    /** Everything the projections answer, for before/after comparison. */
    private record Answers(List<String> pools, Map<String, Object> perPool, List<ClaimStore.Claim> claims) {
    }

    private Answers answers() {
        List<String> pools = poolIds(60);
        Map<String, Object> perPool = new LinkedHashMap<>();
        for (String p : pools) {
            UserPoolType described = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(p).build()).userPool();
            perPool.put(p + ":pool", described);
            perPool.put(p + ":users", listUsers(p, null, 60).stream().map(ListedUser::of).toList());
            perPool.put(p + ":disabled", usernames(p, "status = \"Disabled\""));
            List<GroupType> groups = groups(p, 60);
            perPool.put(p + ":groups", groups);
            for (GroupType g : groups) perPool.put(p + ":group:" + g.groupName(), groupMembers(p, g.groupName(), 60));
            perPool.put(p + ":clients", clientIds(p, 60));
        }
        return new Answers(pools, perPool, storage.claims().all());
    }

    @Test
    void rebuiltProjectionsAnswerExactlyAsTheLiveOnes() {
        String kept = createPool(CreateUserPoolRequest.builder().poolName("kept").aliasAttributes(List.of("email", "preferred_username")).build());
        String deleted = createPool("deleted");
        String byEmail = createPool(CreateUserPoolRequest.builder().poolName("by-email").usernameAttributes(List.of("email")).build());
        createUser(deleted, "ghost");
        engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(deleted).clientName("gone").build());
        String client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(kept).clientName("web")
                .generateSecret(true).build()).userPoolClient().clientId();
        String dropped = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(kept).clientName("old").build())
                .userPoolClient().clientId();
        engine.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(kept).clientId(dropped).build());
        List.of("admins", "readers", "temp").forEach(g -> engine.createGroup(CreateGroupRequest.builder().userPoolId(kept).groupName(g).build()));
        for (int i = 0; i < 8; i++) {
            createUser(kept, "user" + i, "email", "user" + i + "@example.com", "email_verified", i % 2 == 0 ? "true" : "false",
                    "preferred_username", "pref" + i);
        }
        createUser(byEmail, "someone@example.com");
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(kept).username("user1").groupName("admins").build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(kept).username("user2").groupName("temp").build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(kept).username("user3").groupName("readers").build());
        engine.deleteGroup(DeleteGroupRequest.builder().userPoolId(kept).groupName("temp").build());
        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(kept).username("user4")
                .userAttributes(attributes("email", "moved@example.com", "email_verified", "true")).build());
        engine.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(kept).username("user5")
                .userAttributeNames(List.of("preferred_username")).build());
        engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(kept).username("user6").build());
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(kept).username("user7").build());
        engine.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(deleted).build());
        Answers live = answers();
        assertThat(live.claims()).isNotEmpty();

        engine.rebuildProjections();

        Answers rebuilt = answers();
        assertThat(rebuilt.claims()).isEqualTo(live.claims());
        assertThat(rebuilt.pools()).isEqualTo(live.pools());
        assertThat(rebuilt.perPool()).isEqualTo(live.perPool());
        assertThat(engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(kept).clientId(client).build())
                .userPoolClient().clientSecret()).isNotBlank();
    }

    @Test
    void resettingProjectionsKeepsTheLogAndARebuildRestoresThem() {
        String pool = createPool("p");
        createUser(pool, "alice", "email", "alice@example.com");
        long events = eventCount();

        storage.resetProjections();
        assertThat(storage.users().count(pool)).isZero();
        assertThat(storage.claims().all()).isEmpty();
        assertThat(storage.pools().get(pool)).isEmpty();
        assertThat(eventCount()).isEqualTo(events);

        engine.rebuildProjections();
        assertThat(usernames(pool, "email = \"alice@example.com\"")).containsExactly("alice");
    }

    @Test
    void resetWipesTheLogToo() {
        String pool = createPool("p");
        createUser(pool, "alice");

        storage.reset();

        assertThat(eventCount()).isZero();
        assertThat(storage.pools().list(null, 10)).isEmpty();
        assertThat(storage.users().poolIds()).isEmpty();
    }

    // ------------------------------------------------------------------ personal data

    @Test
    void erasureLeavesTheHistoryWithoutThePersonsValuesAndARebuildAgrees() {
        String pool = createPool(CreateUserPoolRequest.builder().poolName("p").aliasAttributes("email").build());
        String erin = sub(createUser(pool, "erin", "email", "erin@example.com", "email_verified", "true", "given_name", "Erin"));
        createUser(pool, "olga", "email", "olga@example.com");
        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("erin")
                .userAttributes(attributes("email", "erin2@example.com", "email_verified", "true")).build());
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("erin").build());

        engine.erasePersonalData(pool, erin);

        List<HistoryEntry> history = engine.audit().userHistoryBySub(pool, erin);
        assertThat(history).extracting(HistoryEntry::type).containsExactly("cairn.user.UserCreated",
                "cairn.user.UserAttributesUpdated", "cairn.user.UserDeleted", "cairn.user.PersonalDataErased");
        UserCreated created = (UserCreated) history.get(0).event();
        assertThat(created.username()).isEqualTo(PersonalData.ERASED);
        assertThat(created.attributes()).containsEntry("sub", erin).containsEntry("email", PersonalData.ERASED)
                .containsEntry("given_name", PersonalData.ERASED).containsEntry("email_verified", PersonalData.ERASED);
        assertThat(created.claimed()).as("erased alias keys are dropped, not marked").isEmpty();
        assertThat(history.get(3).context().actor()).isEqualTo("host");
        assertThat(engine.audit().userAsOf(pool, erin, history.get(1).at()).orElseThrow().username()).isEqualTo(PersonalData.ERASED);
        assertThat(((UserCreated) engine.audit().userHistory(pool, "olga").get(0).event()).attributes())
                .as("another user's data").containsEntry("email", "olga@example.com");

        Answers live = answers();
        engine.rebuildProjections();
        assertThat(answers()).isEqualTo(live);
        createUser(pool, "erin", "email", "erin2@example.com", "email_verified", "true");
        assertThat(usernames(pool, "email = \"erin2@example.com\"")).containsExactly("erin");
    }

    @Test
    void onlyADeletedUserIsErasedAndNothingIsWrittenOtherwise() {
        String pool = createPool("p");
        String alice = sub(createUser(pool, "alice", "email", "alice@example.com"));
        long events = eventCount();

        assertThatThrownBy(() -> engine.erasePersonalData(pool, alice)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> engine.erasePersonalData(pool, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(((UserCreated) engine.audit().userHistory(pool, "alice").get(0).event()).username()).isEqualTo("alice");

        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("alice").build());
        engine.erasePersonalData(pool, alice);
        long afterErasure = eventCount();
        engine.erasePersonalData(pool, alice);
        assertThat(eventCount()).as("erasing twice").isEqualTo(afterErasure);
    }

    @Test
    void anEventWrittenForAnErasedUserIsWrittenErasedAndMakesNoNewKey() {
        String pool = createPool("p");
        String gone = sub(createUser(pool, "gone", "email", "gone@example.com"));
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("gone").build());
        engine.erasePersonalData(pool, gone);

        // As a sign-in that read the user just before the erasure would write it just after.
        engine.appendEvents(List.of(new MessageSent(pool, gone, "INVITATION", "EMAIL", "g***@e***")));

        List<HistoryEntry> history = engine.audit().userHistoryBySub(pool, gone);
        assertThat(((MessageSent) history.get(history.size() - 1).event()).maskedDestination()).isEqualTo(PersonalData.ERASED);
        assertThat(storage.personalDataKeys().find(pool, gone)).contains(PersonalDataKeyStore.ERASED);
        assertThat(((UserCreated) history.get(0).event()).username()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void theErasedMarkerIsAnOrdinaryUsername() {
        String pool = createPool("p");
        createUser(pool, PersonalData.ERASED);
        assertThatThrownBy(() -> createUser(pool, PersonalData.ERASED)).isInstanceOf(UsernameExistsException.class);
        assertThat(getUser(pool, PersonalData.ERASED).username()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void personalDataKeysAndErasuresSurviveARestart() {
        assumeTrue(durable(), "the backend keeps nothing across restarts");
        String pool = createPool("p");
        createUser(pool, "kept", "email", "kept@example.com");
        String gone = sub(createUser(pool, "gone", "email", "gone@example.com"));
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("gone").build());
        engine.erasePersonalData(pool, gone);

        restart();

        assertThat(((UserCreated) engine.audit().userHistory(pool, "kept").get(0).event()).attributes())
                .containsEntry("email", "kept@example.com");
        assertThat(((UserCreated) engine.audit().userHistoryBySub(pool, gone).get(0).event()).username()).isEqualTo(PersonalData.ERASED);
        assertThat(getUser(pool, "kept").userAttributes()).extracting(AttributeType::value).contains("kept@example.com");
    }

    // ------------------------------------------------------------------ durability


    @Test
    void clientSecretsStayReadableAfterARestart() {
        assumeTrue(durable(), "the backend keeps nothing across restarts");
        String pool = createPool("p");
        UserPoolClientType client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool)
                .clientName("web").generateSecret(true).build()).userPoolClient();

        restart();

        assertThat(engine.describeUserPoolClient(DescribeUserPoolClientRequest.builder().userPoolId(pool)
                .clientId(client.clientId()).build()).userPoolClient().clientSecret()).isEqualTo(client.clientSecret());
    }

    @Test
    void everythingAcknowledgedIsThereAfterARestart() {
        assumeTrue(durable(), "the backend keeps nothing across restarts");
        String pool = createPool("p");
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build());
        for (int i = 0; i < 5; i++) createUser(pool, "user" + i, "email", "user" + i + "@example.com");
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("user3").groupName("g").build());
        List<ListedUser> users = listUsers(pool, null, 60).stream().map(ListedUser::of).toList();
        long events = eventCount();

        restart();

        assertThat(listUsers(pool, null, 60)).extracting(ListedUser::of).isEqualTo(users);
        assertThat(groupMembers(pool, "g", 60)).containsExactly("user3");
        assertThat(eventCount()).isEqualTo(events);
        assertThatThrownBy(() -> createUser(pool, "user1")).isInstanceOf(UsernameExistsException.class);
        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("user1")
                .userAttributes(attributes("name", "after restart")).build());
        assertThat(usernames(pool, "name = \"after restart\"")).containsExactly("user1");
    }

    @Test
    void settingsAreWrittenOnceAndKept() {
        assertThat(storage.setting("contract_key")).isEmpty();
        assertThat(storage.settingIfAbsent("contract_key", "first")).isEqualTo("first");
        assertThat(storage.settingIfAbsent("contract_key", "second")).as("the first writer wins").isEqualTo("first");
        assertThat(storage.replaceSetting("contract_key", "other", "third")).isFalse();
        assertThat(storage.replaceSetting("contract_key", "first", "third")).isTrue();
        if (durable()) {
            restart();
            assertThat(storage.setting("contract_key")).contains("third");
        }
        assertThat(storage.replaceSetting("contract_key", "third", null)).isTrue();
        assertThat(storage.setting("contract_key")).isEmpty();
    }

    // ------------------------------------------------------------------ the stores themselves


    private static final String STORE_POOL = "us-east-1_Stores";

    /** The entries stored with each user put by {@link #putUser}, which a store is told on the next put. */
    private final java.util.Map<String, List<IndexEntry>> storedEntries = new java.util.HashMap<>();

    private void putUser(String sub, String... namesAndValues) {
        List<IndexEntry> index = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) index.add(new IndexEntry(namesAndValues[i], namesAndValues[i + 1]));
        storage.users().put(STORE_POOL, sub, "{\"sub\":\"" + sub + "\"}", storedEntries.get(sub), index);
        storedEntries.put(sub, index);
    }

    private List<Hit> walk(String name, Match match, String value, int pageSize) {
        List<Hit> all = new ArrayList<>();
        Cursor after = null;
        while (true) {
            List<Hit> page = storage.users().find(STORE_POOL, name, match, value, after, pageSize);
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page);
            if (page.size() < pageSize) return all;
            after = page.get(page.size() - 1).cursor();
        }
    }

    @Test
    void findOrdersByValueThenSubInJavaStringOrder() {
        List<String[]> rows = new ArrayList<>();
        String[] values = {"b", "a", "B", "a1", "a", "ä", "a-", "", "b", "Z"};
        for (int i = 0; i < values.length; i++) rows.add(new String[]{"sub-" + (char) ('j' - i), values[i]});
        Collections.shuffle(rows, new Random(7));
        rows.forEach(r -> putUser(r[0], "name", r[1]));
        List<String> expected = rows.stream().sorted(Comparator.<String[], String>comparing(r -> r[1]).thenComparing(r -> r[0]))
                .map(r -> r[1] + "/" + r[0]).toList();

        List<String> found = storage.users().find(STORE_POOL, "name", Match.PREFIX, "", null, 100).stream()
                .map(h -> h.value() + "/" + h.sub()).toList();

        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void subIsSearchedWithoutEntriesOfItsOwnByEqualityPrefixAndPages() {
        for (int i = 0; i < 13; i++) putUser(String.format("%s%02d", i % 2 == 0 ? "ab" : "ac", (i * 5) % 13), "email", "e" + i);

        assertThat(storage.users().find(STORE_POOL, "sub", Match.EQUALS, "ab04", null, 10)).extracting(Hit::sub, Hit::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ab04", "ab04"));
        assertThat(storage.users().find(STORE_POOL, "sub", Match.EQUALS, "ab0", null, 10)).isEmpty();
        List<Hit> ab = walk("sub", Match.PREFIX, "ab", 2);
        assertThat(ab).extracting(Hit::sub).hasSize(7).doesNotHaveDuplicates().isSorted().allMatch(s -> s.startsWith("ab"));
        assertThat(walk("sub", Match.PREFIX, "", 5)).extracting(Hit::sub).hasSize(13).doesNotHaveDuplicates().isSorted();
        storage.users().delete(STORE_POOL, "ab04", storedEntries.remove("ab04"));
        assertThat(storage.users().find(STORE_POOL, "sub", Match.EQUALS, "ab04", null, 10)).isEmpty();
    }

    @Test
    void keysetPagesVisitEveryEntryOnceForEqualityAndPrefix() {
        for (int i = 0; i < 23; i++) putUser(String.format("s%02d", (i * 7) % 23), "status", i % 3 == 0 ? "Disabled" : "Enabled",
                "email", "user" + (i % 5) + "@x" + i);

        List<Hit> enabled = walk("status", Match.EQUALS, "Enabled", 4);
        assertThat(enabled).extracting(Hit::sub).doesNotHaveDuplicates().hasSize(15).isSorted();
        assertThat(enabled).allMatch(h -> h.value().equals("Enabled"));

        List<Hit> emails = walk("email", Match.PREFIX, "user", 3);
        assertThat(emails).hasSize(23).extracting(h -> h.value() + "/" + h.sub()).doesNotHaveDuplicates().isSorted();
        assertThat(walk("email", Match.PREFIX, "user3", 1)).extracting(Hit::value).allMatch(v -> v.startsWith("user3@")).hasSize(4);
        assertThat(storage.users().find(STORE_POOL, "email", Match.EQUALS, "user3", null, 10)).isEmpty();
    }

    @Test
    void findKeepsToItsPoolAndIndexName() {
        putUser("s1", "name", "x", "given_name", "x");
        storage.users().put("us-east-1_Other", "s2", "{}", null, List.of(new IndexEntry("name", "x")));

        assertThat(storage.users().find(STORE_POOL, "name", Match.EQUALS, "x", null, 10)).extracting(Hit::sub).containsExactly("s1");
        assertThat(storage.users().find(STORE_POOL, "family_name", Match.PREFIX, "", null, 10)).isEmpty();
        assertThat(storage.users().poolIds()).containsExactly("us-east-1_Other", STORE_POOL);
    }

    @Test
    void putReplacesTheDocumentAndIndexAndDeleteRemovesBoth() {
        putUser("s1", "email", "old@x", "name", "kept");
        putUser("s1", "email", "new@x", "name", "kept");
        storage.users().put(STORE_POOL, "s1", "{\"v\":2}", storedEntries.get("s1"), List.of(new IndexEntry("email", "new@x"), new IndexEntry("name", "kept")));

        assertThat(storage.users().get(STORE_POOL, "s1")).contains("{\"v\":2}");
        assertThat(storage.users().find(STORE_POOL, "email", Match.EQUALS, "old@x", null, 10)).isEmpty();
        assertThat(storage.users().find(STORE_POOL, "email", Match.EQUALS, "new@x", null, 10)).extracting(Hit::document).containsExactly("{\"v\":2}");
        assertThat(storage.users().count(STORE_POOL)).isEqualTo(1);

        storage.users().delete(STORE_POOL, "s1", List.of(new IndexEntry("email", "new@x"), new IndexEntry("name", "kept")));
        assertThat(storage.users().get(STORE_POOL, "s1")).isEmpty();
        assertThat(storage.users().find(STORE_POOL, "name", Match.PREFIX, "", null, 10)).isEmpty();
        assertThat(storage.users().count(STORE_POOL)).isZero();
    }

    @Test
    void deletingAPoolsUsersLeavesOtherPools() {
        putUser("s1", "name", "a");
        storage.users().put("us-east-1_Other", "s2", "{}", null, List.of(new IndexEntry("name", "a")));

        storage.users().deletePool(STORE_POOL);

        assertThat(storage.users().count(STORE_POOL)).isZero();
        assertThat(storage.users().find("us-east-1_Other", "name", Match.EQUALS, "a", null, 10)).hasSize(1);
    }

    @Test
    void claimsAreExclusiveAndReentrantAndReleasedOnlyByTheirOwner() {
        ClaimStore claims = storage.claims();
        assertThat(claims.claim("p", "username", "alice", "sub-1")).isTrue();
        assertThat(claims.claim("p", "username", "alice", "sub-1")).isTrue();
        assertThat(claims.claim("p", "username", "alice", "sub-2")).isFalse();
        claims.release("p", "username", "alice", "sub-2");
        assertThat(claims.owner("p", "username", "alice")).contains("sub-1");

        claims.release("p", "username", "alice", "sub-1");
        assertThat(claims.owner("p", "username", "alice")).isEmpty();
        assertThat(claims.claim("p", "username", "alice", "sub-2")).isTrue();
    }

    @Test
    void claimsAreListedInOrderAndReleasedByScopeAndOwner() {
        ClaimStore claims = storage.claims();
        claims.claim("p2", "username", "b", "s1");
        claims.claim("p1", "username", "b", "s2");
        claims.claim("p1", "alias:email", "a@x", "s2");
        claims.claim("", "client", "c2", "p1");
        claims.claim("", "client", "c1", "p2");
        claims.claim("", "client", "c3", "p1");

        assertThat(claims.all()).extracting(c -> c.scope() + "|" + c.kind() + "|" + c.key()).containsExactly(
                "|client|c1", "|client|c2", "|client|c3", "p1|alias:email|a@x", "p1|username|b", "p2|username|b");

        claims.releaseOwner("", "client", "p1");
        claims.releaseScope("p1");
        assertThat(claims.all()).extracting(ClaimStore.Claim::key).containsExactly("c1", "b");
    }

    @Test
    void concurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
        List<Object> outcomes = race(8, i -> inUnitOfWork(true, () -> storage.claims().claim("p", "username", "contested", "owner" + i)));

        assertThat(outcomes).containsOnly(true, false).filteredOn(Boolean.TRUE::equals).hasSize(1);
        String winner = "owner" + outcomes.indexOf(true);
        assertThat(storage.claims().owner("p", "username", "contested")).contains(winner);
    }

    @Test
    void rolledBackWritesLeaveNoTrace() {
        inUnitOfWork(false, () -> {
            storage.claims().claim("p", "username", "ghost", "s1");
            storage.pools().put("us-east-1_Ghost", "{}");
            putUser("s1", "name", "ghost");
            assertThat(storage.claims().owner("p", "username", "ghost")).contains("s1");
            return null;
        });

        assertThat(storage.claims().owner("p", "username", "ghost")).isEmpty();
        assertThat(storage.pools().get("us-east-1_Ghost")).isEmpty();
        assertThat(storage.users().get(STORE_POOL, "s1")).isEmpty();
    }

    @Test
    void poolsAreListedInIdOrderAfterTheCursor() {
        List<String> ids = new ArrayList<>(List.of("us-east-1_b", "us-east-1_A", "us-east-1_c", "us-east-1_a"));
        ids.forEach(id -> storage.pools().put(id, "{\"id\":\"" + id + "\"}"));
        storage.pools().put("us-east-1_b", "{\"id\":\"us-east-1_b\",\"v\":2}");
        storage.pools().delete("us-east-1_c");
        Collections.sort(ids);

        assertThat(storage.pools().list(null, 10)).containsExactly("{\"id\":\"us-east-1_A\"}", "{\"id\":\"us-east-1_a\"}",
                "{\"id\":\"us-east-1_b\",\"v\":2}");
        assertThat(storage.pools().list("us-east-1_a", 1)).containsExactly("{\"id\":\"us-east-1_b\",\"v\":2}");
        assertThat(storage.pools().get("us-east-1_c")).isEmpty();
    }

    @Test
    void distinctSubsWithTheSameValueAreAllFound() {
        Set<String> subs = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            String s = "sub" + i;
            subs.add(s);
            putUser(s, "cognito:group", "team");
        }
        assertThat(walk("cognito:group", Match.EQUALS, "team", 5)).extracting(Hit::sub).containsExactlyInAnyOrderElementsOf(subs);
    }
}
