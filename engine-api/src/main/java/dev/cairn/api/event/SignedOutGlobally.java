package dev.cairn.api.event;

/** Every refresh token of the user was revoked, and access tokens issued before now are refused. */
@EventType("cairn.auth.SignedOutGlobally")
public record SignedOutGlobally(String userPoolId, String sub) implements UserEvent {
}
