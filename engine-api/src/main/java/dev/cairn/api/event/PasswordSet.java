package dev.cairn.api.event;

/** A user's password was set: permanent leaves the user CONFIRMED, temporary FORCE_CHANGE_PASSWORD. */
@EventType("cairn.user.PasswordSet")
public record PasswordSet(String userPoolId, String sub, PasswordVerifier password, boolean permanent) implements UserEvent {
}
