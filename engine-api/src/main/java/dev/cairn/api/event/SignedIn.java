package dev.cairn.api.event;

import java.time.Instant;
import java.util.List;

/** A user signed in and was issued tokens. Only the refresh token's hash is kept. */
@EventType("cairn.auth.SignedIn")
public record SignedIn(String userPoolId, String sub, String clientId, String authFlow, List<String> challengePath, String originJti, String refreshTokenHash, Instant refreshTokenExpiresAt, String deviceKey) implements UserEvent {
}
