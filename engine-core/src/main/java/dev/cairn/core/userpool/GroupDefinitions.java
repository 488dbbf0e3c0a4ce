package dev.cairn.core.userpool;

import dev.cairn.api.event.GroupDefinition;
import dev.cairn.api.model.GroupType;

/** A group between the service model's {@link GroupType} and the log's {@link GroupDefinition}. */
public final class GroupDefinitions {

    private GroupDefinitions() {
    }

    /** The group as the log keeps it: without the pool id and the dates. */
    public static GroupDefinition of(GroupType g) {
        return new GroupDefinition(g.groupName(), g.description(), g.roleArn(), g.precedence());
    }

    /** The group in the service model's shape, in pool {@code poolId}; the dates are the caller's to add. */
    public static GroupType toWire(String poolId, GroupDefinition g) {
        return GroupType.builder().groupName(g.groupName()).userPoolId(poolId).description(g.description()).roleArn(g.roleArn())
                .precedence(g.precedence()).build();
    }
}
