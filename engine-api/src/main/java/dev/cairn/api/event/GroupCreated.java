package dev.cairn.api.event;

import dev.cairn.api.model.GroupType;

/** A group was created in a pool. */
@EventType("cairn.group.GroupCreated")
public record GroupCreated(String userPoolId, GroupType group) implements UserPoolEvent {
}
