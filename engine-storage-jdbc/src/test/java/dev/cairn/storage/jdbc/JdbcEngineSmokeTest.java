package dev.cairn.storage.jdbc;

import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine end to end on H2, in memory and in a file; the contract suite in engine-test goes much further. */
class JdbcEngineSmokeTest {

    @Test
    void servesAPoolWithUsersAndGroupsFromAnInMemoryDatabase() {
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2InMemory("smoke")).build()) {
            exercise(engine);
        }
    }

    @Test
    void keepsUsersAcrossRestartsInAFileDatabase(@TempDir Path dir) {
        String poolId;
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dir)).build()) {
            poolId = exercise(engine);
        }
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dir)).build()) {
            assertThat(engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(poolId).username("alice").build()).username())
                    .isEqualTo("alice");
            assertThat(engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(poolId).groupName("g").build()).users()).hasSize(1);
        }
    }

    private static String exercise(CairnEngine engine) {
        var pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool.id()).username("alice")
                .userAttributes(AttributeType.builder().name("email").value("a@example.com").build()).messageAction("SUPPRESS").build());
        assertThatThrownBy(() -> engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool.id()).username("alice").build()))
                .isInstanceOf(UsernameExistsException.class);
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool.id()).groupName("g").precedence(1).build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool.id()).username("alice").groupName("g").build());
        assertThat(engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool.id()).groupName("g").build()).users()).hasSize(1);
        assertThat(engine.listUsers(ListUsersRequest.builder().userPoolId(pool.id()).filter("email = \"a@example.com\"").build()).users()).hasSize(1);
        assertThat(engine.audit().userHistory(pool.id(), "alice")).hasSize(2);
        engine.rebuildProjections();
        assertThat(engine.listUsers(ListUsersRequest.builder().userPoolId(pool.id()).build()).users()).hasSize(1);
        assertThat(engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool.id()).build()).userPool().estimatedNumberOfUsers()).isEqualTo(1);
        return pool.id();
    }
}
