package dev.cairn.core.hosted;

import dev.cairn.core.crypto.SecretBox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The hosted pages' session: who signed in on a pool's domain, and when. It lives in the browser's
 * cookie, sealed (AES-GCM under the engine's master key, bound to the pool), so any engine sharing
 * the database reads it and nobody can forge or alter it. Whether the user may still have tokens
 * (not disabled, not signed out everywhere since) is the User aggregate's to decide when they are
 * issued.
 */
public final class HostedSessions {

    /** Cognito's hosted UI session lasts an hour. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A signed-in session of the hosted pages. */
    public record Session(String userPoolId, String sub, Instant authTime) {
    }

    private final SecretBox secrets;

    public HostedSessions(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** The cookie value for {@code sub}, who authenticated at {@code authTime}. */
    public String mint(String userPoolId, String sub, Instant authTime) {
        byte[] body = (sub + " " + authTime.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(secrets.seal(associated(userPoolId), body));
    }

    /** The session a cookie holds, if it was minted for this pool and has not expired. */
    public Optional<Session> open(String userPoolId, String cookie, Instant now) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 1000) return Optional.empty();
        byte[] body;
        try {
            body = secrets.open(associated(userPoolId), Base64.getUrlDecoder().decode(cookie));
        } catch (RuntimeException e) { // not base64, or too short to be sealed
            return Optional.empty();
        }
        if (body == null) return Optional.empty();
        String[] parts = new String(body, StandardCharsets.UTF_8).split(" ");
        Instant authTime = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!now.isBefore(authTime.plus(LIFETIME))) return Optional.empty();
        return Optional.of(new Session(userPoolId, parts[0], authTime));
    }

    private static byte[] associated(String userPoolId) {
        return ("cairn-hosted-session:" + userPoolId).getBytes(StandardCharsets.UTF_8);
    }
}
