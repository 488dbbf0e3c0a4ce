package dev.cairn.core.token;

import dev.cairn.core.crypto.SecretBox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Refresh tokens: opaque to clients (sealed under the master key), naming the pool, the user and
 * the sign-in (origin jti) they came from, plus 32 random bytes. The log keeps only their SHA-256.
 */
public final class RefreshTokens {

    /** What a refresh token says, once opened. */
    public record Contents(String userPoolId, String sub, String originJti, String token) {
        public String hash() {
            return RefreshTokens.hash(token);
        }
    }

    private final SecretBox secrets;
    private final RandomGenerator random;

    public RefreshTokens(SecretBox secrets, RandomGenerator random) {
        this.secrets = secrets;
        this.random = random;
    }

    public String mint(String userPoolId, String sub, String originJti) {
        byte[] nonce = new byte[32];
        random.nextBytes(nonce);
        String body = userPoolId + "\n" + sub + "\n" + originJti + "\n" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                Base64.getDecoder().decode(secrets.seal(body)));
    }

    /** The token's contents, or empty if it is not a token this engine sealed. */
    public Optional<Contents> open(String token) {
        try {
            String body = secrets.open(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token)));
            String[] parts = body.split("\n");
            if (parts.length != 4) return Optional.empty();
            return Optional.of(new Contents(parts[0], parts[1], parts[2], token));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
