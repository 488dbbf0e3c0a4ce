package dev.cairn.core.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs JWTs as Cognito issues them: header {@code {"kid":"…","alg":"RS256"}}, the claims as a
 * JSON object, each part base64url without padding, RSASSA-PKCS1-v1_5 with SHA-256.
 *
 * <p>Thread-safe. Claims are written with Jackson in the map's iteration order; values should be
 * JSON-native (strings, numbers, booleans, lists, maps), with times as epoch seconds as JWT wants.
 */
public final class JwtSigner {

    private final SigningKey key;
    private final String encodedHeader;

    /** Signs with {@code key}, naming its kid in every header. */
    public JwtSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
        Map<String, String> header = new LinkedHashMap<>();
        header.put("kid", key.kid());
        header.put("alg", "RS256");
        this.encodedHeader = Jose.base64Url(Jose.write(header));
    }

    /**
     * Returns the compact serialization {@code header.payload.signature}.
     *
     * @throws IllegalArgumentException if a claim value cannot be written as JSON
     */
    public String sign(Map<String, ?> claims) {
        String signingInput = encodedHeader + "." + Jose.base64Url(Jose.write(Objects.requireNonNull(claims, "claims")));
        try {
            // Signature instances are not thread-safe and cheap to make; the RSA work dominates.
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Jose.base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is mandatory in every JRE", e);
        }
    }

    /** The kid this signer names. */
    public String kid() {
        return key.kid();
    }
}
