package dev.cairn.api.event;

/** One refresh token was revoked, with the access tokens issued from it. */
@EventType("cairn.auth.RefreshTokenRevoked")
public record RefreshTokenRevoked(String userPoolId, String sub, String originJti) implements UserEvent {
}
