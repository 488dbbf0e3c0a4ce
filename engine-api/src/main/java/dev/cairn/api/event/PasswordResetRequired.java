package dev.cairn.api.event;

/** An administrator reset a user's password: the user must set a new one with a code (status RESET_REQUIRED). */
@EventType("cairn.user.PasswordResetRequired")
public record PasswordResetRequired(String userPoolId, String sub) implements UserEvent {
}
