package dev.cairn.api.event;

/** A user was disabled: it can no longer sign in. */
@EventType("cairn.user.UserDisabled")
public record UserDisabled(String userPoolId, String sub) implements UserEvent {
}
