package dev.cairn.core.group;

import dev.cairn.core.userpool.Groups;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AdminAddUserToGroupRequest;
import dev.cairn.api.model.AdminListGroupsForUserRequest;
import dev.cairn.api.model.AdminListGroupsForUserResponse;
import dev.cairn.api.model.AdminRemoveUserFromGroupRequest;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.api.model.CreateGroupResponse;
import dev.cairn.api.model.DeleteGroupRequest;
import dev.cairn.api.model.GetGroupRequest;
import dev.cairn.api.model.GetGroupResponse;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.ListGroupsRequest;
import dev.cairn.api.model.ListGroupsResponse;
import dev.cairn.api.model.ListUsersInGroupRequest;
import dev.cairn.api.model.ListUsersInGroupResponse;
import dev.cairn.api.model.UpdateGroupRequest;
import dev.cairn.api.model.UpdateGroupResponse;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.user.UserIndex;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.UserPoolState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Groups and memberships. Definitions live in the pool aggregate, memberships in each user. */
public final class GroupService {

    private static final int MAX_PAGE = 60;
    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Storage storage;
    private final PageTokens pageTokens;

    public GroupService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Storage storage, PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.storage = storage;
    }

    public Supplier<CreateGroupResponse> createGroup(CreateGroupRequest r) {
        pools.require(r.userPoolId());
        GroupType group = GroupType.builder().groupName(r.groupName()).userPoolId(r.userPoolId()).description(r.description())
                .roleArn(r.roleArn()).precedence(r.precedence()).build();
        axon.send(new Commands.CreateGroup(r.userPoolId(), group));
        return () -> CreateGroupResponse.builder().group(pools.require(r.userPoolId()).groups().get(r.groupName())).build();
    }

    public GetGroupResponse getGroup(GetGroupRequest r) {
        return GetGroupResponse.builder().group(Groups.require(pools.require(r.userPoolId()), r.groupName())).build();
    }

    public Supplier<UpdateGroupResponse> updateGroup(UpdateGroupRequest r) {
        Groups.require(pools.require(r.userPoolId()), r.groupName());
        axon.send(new Commands.UpdateGroup(r.userPoolId(), r));
        return () -> UpdateGroupResponse.builder().group(pools.require(r.userPoolId()).groups().get(r.groupName())).build();
    }

    /** Deletes the group, then removes every member from it, all in the one unit of work. */
    public void deleteGroup(DeleteGroupRequest r) {
        Groups.require(pools.require(r.userPoolId()), r.groupName());
        axon.send(new Commands.DeleteGroup(r.userPoolId(), r.groupName()));
        UserStore.Cursor after = null;
        while (true) {
            List<UserStore.Hit> members = storage.users().find(r.userPoolId(), UserIndex.GROUP, UserStore.Match.EQUALS,
                    r.groupName(), after, 500);
            for (UserStore.Hit m : members) {
                axon.send(new dev.cairn.core.user.Commands.RemoveFromGroup(m.sub(), r.groupName(), "GROUP_DELETED"));
            }
            if (members.size() < 500) break;
            after = members.get(members.size() - 1).cursor();
        }
    }

    public ListGroupsResponse listGroups(ListGroupsRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        int limit = pageSize(r.limit());
        var view = r.nextToken() == null ? pool.groups()
                : pool.groups().tailMap(pageTokens.decode("groups", r.nextToken(), 1).get(0) + "\u0000");
        List<GroupType> page = view.values().stream().limit(limit).toList();
        boolean more = view.size() > limit;
        return ListGroupsResponse.builder().groups(page)
                .nextToken(more ? pageTokens.encode("groups", page.get(page.size() - 1).groupName()) : null).build();
    }

    public void adminAddUserToGroup(AdminAddUserToGroupRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        Groups.require(pool, r.groupName());
        UserState user = users.require(pool, r.username());
        axon.send(new dev.cairn.core.user.Commands.AddToGroup(user.sub(), r.groupName()));
    }

    public void adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        Groups.require(pool, r.groupName());
        UserState user = users.require(pool, r.username());
        axon.send(new dev.cairn.core.user.Commands.RemoveFromGroup(user.sub(), r.groupName(), "REQUEST"));
    }

    public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        UserState user = users.require(pool, r.username());
        List<String> names = new ArrayList<>(user.groups().stream().filter(pool.groups()::containsKey).toList());
        int limit = pageSize(r.limit());
        int from = 0;
        if (r.nextToken() != null) {
            String last = pageTokens.decode("user-groups", r.nextToken(), 1).get(0);
            from = (int) names.stream().filter(n -> n.compareTo(last) <= 0).count();
        }
        int to = Math.min(names.size(), from + limit);
        return AdminListGroupsForUserResponse.builder()
                .groups(names.subList(from, to).stream().map(pool.groups()::get).toList())
                .nextToken(to < names.size() ? pageTokens.encode("user-groups", names.get(to - 1)) : null).build();
    }

    public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        Groups.require(pool, r.groupName());
        int limit = pageSize(r.limit());
        if (limit > MAX_PAGE) throw new InvalidParameterException("Limit must be at most " + MAX_PAGE + ".");
        UserStore.Cursor after = null;
        if (r.nextToken() != null) {
            List<String> p = pageTokens.decode("group-users", r.nextToken(), 2);
            after = new UserStore.Cursor(p.get(0), p.get(1));
        }
        List<UserStore.Hit> hits = storage.users().find(pool.id(), UserIndex.GROUP, UserStore.Match.EQUALS, r.groupName(), after, limit + 1);
        boolean more = hits.size() > limit;
        List<UserStore.Hit> page = more ? hits.subList(0, limit) : hits;
        UserStore.Hit last = page.isEmpty() ? null : page.get(page.size() - 1);
        return ListUsersInGroupResponse.builder()
                .users(page.stream().map(h -> UserViews.userType(Json.read(h.document(), UserState.class), null)).toList())
                .nextToken(more ? pageTokens.encode("group-users", last.value(), last.sub()) : null).build();
    }

    /** A Limit of 0 (the model allows it) asks for the default page, as ListUsers takes it; a page of nothing would never end a listing. */
    private static int pageSize(Integer limit) {
        return limit == null || limit == 0 ? MAX_PAGE : limit;
    }
}
