package dev.cairn.core;

import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.*;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmokeTest {

    @Test
    void endToEnd() {
        CairnEngine engine = CairnEngine.builder().build();
        var pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("p").build()).userPool();
        assertThat(pool.id()).startsWith("us-east-1_");
        var client = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool.id()).clientName("c").generateSecret(true).build()).userPoolClient();
        assertThat(client.clientSecret()).hasSize(51);
        var u = engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool.id()).username("alice")
                .userAttributes(AttributeType.builder().name("email").value("a@example.com").build()).messageAction("SUPPRESS").build());
        assertThat(u.user().userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD");
        assertThatThrownBy(() -> engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool.id()).username("alice").build()))
                .isInstanceOf(UsernameExistsException.class);
        engine.createGroup(CreateGroupRequest.builder().userPoolId(pool.id()).groupName("g").precedence(1).build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool.id()).username("alice").groupName("g").build());
        assertThat(engine.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool.id()).groupName("g").build()).users()).hasSize(1);
        assertThat(engine.listUsers(ListUsersRequest.builder().userPoolId(pool.id()).filter("email = \"a@example.com\"").build()).users()).hasSize(1);
        System.out.println(engine.audit().userHistory(pool.id(), "alice"));
        engine.rebuildProjections();
        assertThat(engine.listUsers(ListUsersRequest.builder().userPoolId(pool.id()).build()).users()).hasSize(1);
        assertThat(engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool.id()).build()).userPool().estimatedNumberOfUsers()).isEqualTo(1);
    }
}
