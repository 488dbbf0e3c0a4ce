package dev.cairn.api.event;

/**
 * A refresh token rotated out was used again after its grace period: the standard sign that it was
 * stolen. The whole family (every token of the same origin jti, and the access tokens issued from
 * them) is revoked.
 */
@EventType("cairn.auth.RefreshTokenReuseDetected")
public record RefreshTokenReuseDetected(String userPoolId, String sub, String clientId, String originJti) implements UserEvent {
}
