package dev.cairn.core.userpool;

import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.UpdateGroupRequest;

/** Rules for group definitions, which live in the user pool aggregate. */
public final class Groups {

    private Groups() {
    }

    public static GroupType require(UserPoolState pool, String groupName) {
        GroupType group = pool.groups().get(groupName);
        if (group == null) throw new ResourceNotFoundException("Group not found.");
        return group;
    }

    /** UpdateGroup changes what the request names and keeps the rest. */
    public static GroupType update(GroupType current, UpdateGroupRequest r) {
        return current.toBuilder()
                .description(r.description() != null ? r.description() : current.description())
                .roleArn(r.roleArn() != null ? r.roleArn() : current.roleArn())
                .precedence(r.precedence() != null ? r.precedence() : current.precedence())
                .build();
    }
}
