package dev.cairn.api.event;

import dev.cairn.api.model.GroupType;

/** A group's description, precedence or role were replaced by these. */
@EventType("cairn.group.GroupUpdated")
public record GroupUpdated(String userPoolId, GroupType group) implements UserPoolEvent {
}
