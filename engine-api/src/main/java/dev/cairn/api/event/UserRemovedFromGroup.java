package dev.cairn.api.event;

/** A user stopped being a member of a group; reason is REQUEST or GROUP_DELETED. */
@EventType("cairn.user.UserRemovedFromGroup")
public record UserRemovedFromGroup(String userPoolId, String sub, String groupName, String reason) implements UserEvent {
}
