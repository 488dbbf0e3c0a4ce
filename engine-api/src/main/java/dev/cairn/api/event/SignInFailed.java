package dev.cairn.api.event;

/** A sign-in failed for a known user. reason: WRONG_PASSWORD (counts toward lockout), LOCKED_OUT, DISABLED, NOT_CONFIRMED, RESET_REQUIRED, SESSION_EXPIRED, TEMPORARY_PASSWORD_EXPIRED. */
@EventType("cairn.auth.SignInFailed")
public record SignInFailed(String userPoolId, String sub, String clientId, String authFlow, String reason) implements UserEvent {
}
