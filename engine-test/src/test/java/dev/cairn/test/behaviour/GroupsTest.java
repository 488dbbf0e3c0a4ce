package dev.cairn.test.behaviour;

import dev.cairn.api.error.GroupExistsException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.GroupCreated;
import dev.cairn.api.event.GroupDeleted;
import dev.cairn.api.event.GroupUpdated;
import dev.cairn.api.event.UserAddedToGroup;
import dev.cairn.api.event.UserRemovedFromGroup;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupsTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    private void user(String name) {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, name)));
    }

    private void member(String user, String group) {
        fixture.givenThat(api -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username(user).groupName(group).build()));
    }

    @Test
    void aGroupIsCreatedOnceWithPrecedenceAndRole() {
        fixture.when(api -> api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("admins").description("Admins")
                        .precedence(1).roleArn("arn:aws:iam::123456789012:role/admin").build()))
                .expectEvents(GroupCreated.class)
                .expectResult(r -> {
                    assertThat(r.group().groupName()).isEqualTo("admins");
                    assertThat(r.group().userPoolId()).isEqualTo(pool);
                    assertThat(r.group().precedence()).isEqualTo(1);
                    assertThat(r.group().roleArn()).isEqualTo("arn:aws:iam::123456789012:role/admin");
                    assertThat(r.group().creationDate()).isEqualTo(CairnFixture.START);
                });
        fixture.when(api -> api.createGroup(Requests.createGroup(pool, "admins")))
                .expectError(GroupExistsException.class, "A group with the name admins already exists.");
    }

    @Test
    void updateChangesOnlyWhatItNames() {
        fixture.givenThat(api -> api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").description("d").precedence(5).build()));
        fixture.when(api -> api.updateGroup(UpdateGroupRequest.builder().userPoolId(pool).groupName("g").precedence(2).build()))
                .expectEvents(GroupUpdated.class)
                .expectResult(r -> {
                    assertThat(r.group().precedence()).isEqualTo(2);
                    assertThat(r.group().description()).isEqualTo("d");
                });
        fixture.when(api -> api.getGroup(GetGroupRequest.builder().userPoolId(pool).groupName("nope").build()))
                .expectError(ResourceNotFoundException.class, "Group not found.");
    }

    @Test
    void membershipIsListedBothWays() {
        fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, "a")));
        fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, "b")));
        user("alice");
        user("bob");
        fixture.when(api -> {
            api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("a").build());
            return null;
        }).expectEvents(UserAddedToGroup.class);
        member("alice", "b");
        member("bob", "a");
        assertThat(fixture.engine().adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("alice").build())
                .groups()).extracting(GroupType::groupName).containsExactly("a", "b");
        assertThat(fixture.engine().listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("a").build())
                .users()).extracting(UserType::username).containsExactlyInAnyOrder("alice", "bob");
        fixture.when(api -> {
            api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("a").build());
            return null;
        }).expectSuccess().expectNoEvents();
    }

    @Test
    void removingAMemberAndUnknownUsersOrGroups() {
        fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, "a")));
        user("alice");
        member("alice", "a");
        fixture.whenRun(api -> api.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(pool).username("alice").groupName("a").build()))
                .expectEvents(UserRemovedFromGroup.class)
                .expectEvent(UserRemovedFromGroup.class, e -> assertThat(e.reason()).isEqualTo("REQUEST"));
        fixture.whenRun(api -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("ghost").groupName("a").build()))
                .expectError(UserNotFoundException.class);
        fixture.whenRun(api -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName("zz").build()))
                .expectError(ResourceNotFoundException.class, "Group not found.");
    }

    @Test
    void deletingAGroupRemovesEveryMembershipInTheSameRequest() {
        fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, "a")));
        for (String u : List.of("u1", "u2", "u3")) {
            user(u);
            member(u, "a");
        }
        fixture.whenRun(api -> api.deleteGroup(DeleteGroupRequest.builder().userPoolId(pool).groupName("a").build()))
                .expectEvents(GroupDeleted.class, UserRemovedFromGroup.class, UserRemovedFromGroup.class, UserRemovedFromGroup.class)
                .expectEvent(UserRemovedFromGroup.class, e -> assertThat(e.reason()).isEqualTo("GROUP_DELETED"));
        fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, "a")));
        assertThat(fixture.engine().listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("a").build()).users())
                .as("a recreated group starts empty").isEmpty();
        assertThat(fixture.engine().adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("u1").build()).groups()).isEmpty();
    }

    @Test
    void listsWalkEveryItemOnceAcrossPages() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String n = "g" + i;
            names.add(n);
            fixture.givenThat(api -> api.createGroup(Requests.createGroup(pool, n)));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            var page = fixture.engine().listGroups(ListGroupsRequest.builder().userPoolId(pool).limit(3).nextToken(token).build());
            page.groups().forEach(g -> seen.add(g.groupName()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(names);

        for (int i = 0; i < 5; i++) {
            user("m" + i);
            member("m" + i, "g0");
        }
        List<String> members = new ArrayList<>();
        token = null;
        do {
            var page = fixture.engine().listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("g0").limit(2).nextToken(token).build());
            page.users().forEach(u -> members.add(u.username()));
            token = page.nextToken();
        } while (token != null);
        assertThat(members).containsExactlyInAnyOrder("m0", "m1", "m2", "m3", "m4").doesNotHaveDuplicates();
    }

    /** Regression: a Limit of 0, which the model allows, failed internally on the group listings (found by the wire fuzzer). */
    @Test
    void aLimitOfZeroListsTheDefaultPage() {
        user("ann");
        fixture.givenThat(api -> api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("g").build()));
        member("ann", "g");
        fixture.when(api -> api.listGroups(ListGroupsRequest.builder().userPoolId(pool).limit(0).build()))
                .expectResult(r -> assertThat(r.groups()).hasSize(1));
        fixture.when(api -> api.adminListGroupsForUser(AdminListGroupsForUserRequest.builder().userPoolId(pool).username("ann").limit(0).build()))
                .expectResult(r -> assertThat(r.groups()).hasSize(1));
        fixture.when(api -> api.listUsersInGroup(ListUsersInGroupRequest.builder().userPoolId(pool).groupName("g").limit(0).build()))
                .expectResult(r -> assertThat(r.users()).hasSize(1));
    }
}
