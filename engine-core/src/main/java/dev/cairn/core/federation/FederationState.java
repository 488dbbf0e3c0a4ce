package dev.cairn.core.federation;

import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.json.Json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * What a federated sign-in must remember while the user is at the upstream provider: the client's
 * own authorization request, the provider, and the nonce and PKCE verifier Cairn sent upstream. It
 * travels as the {@code state} parameter, sealed (AES-GCM under the master key, bound to the pool),
 * so any engine on the database can finish the sign-in, and nobody can read the verifier or forge
 * or replay a state into another pool; it expires after ten minutes.
 */
record FederationState(String providerName, AuthorizeRequest request, String nonce, String codeVerifier, long expiresAt) {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    String seal(SecretBox secrets, String userPoolId) {
        return B64.encodeToString(secrets.seal(associated(userPoolId), Json.write(this).getBytes(StandardCharsets.UTF_8)));
    }

    static Optional<FederationState> open(SecretBox secrets, String userPoolId, String state, Instant now) {
        if (state == null || state.isEmpty() || state.length() > 8_000) return Optional.empty();
        try {
            byte[] body = secrets.open(associated(userPoolId), Base64.getUrlDecoder().decode(state));
            if (body == null) return Optional.empty();
            FederationState s = Json.read(new String(body, StandardCharsets.UTF_8), FederationState.class);
            return now.getEpochSecond() < s.expiresAt() ? Optional.of(s) : Optional.empty();
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private static byte[] associated(String userPoolId) {
        return ("cairn-federation-state:" + userPoolId).getBytes(StandardCharsets.UTF_8);
    }
}
