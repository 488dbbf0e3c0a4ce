package dev.cairn.api.event;

/** A disabled user was enabled again. */
@EventType("cairn.user.UserEnabled")
public record UserEnabled(String userPoolId, String sub) implements UserEvent {
}
