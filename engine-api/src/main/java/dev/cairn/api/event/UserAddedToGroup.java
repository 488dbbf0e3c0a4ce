package dev.cairn.api.event;

/** A user became a member of a group. */
@EventType("cairn.user.UserAddedToGroup")
public record UserAddedToGroup(String userPoolId, String sub, String groupName) implements UserEvent {
}
