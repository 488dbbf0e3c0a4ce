package dev.cairn.api.event;

/** A group was deleted; its members are removed from it by UserRemovedFromGroup events that follow. */
@EventType("cairn.group.GroupDeleted")
public record GroupDeleted(String userPoolId, String groupName) implements UserPoolEvent {
}
