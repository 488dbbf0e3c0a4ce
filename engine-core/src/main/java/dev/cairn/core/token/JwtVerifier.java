package dev.cairn.core.token;

import dev.cairn.core.token.InvalidTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies tokens signed by {@link JwtSigner}: RS256 only, with a key the {@link Jwks} publishes,
 * issued by one issuer and not expired.
 *
 * <p>The algorithm is fixed, not read from the token: a header saying {@code none} or
 * {@code HS256} is refused before any key is touched, which closes the classic downgrade in which
 * an attacker HMAC-signs with the RSA public key. The signature is checked before any claim is
 * believed. Thread-safe.
 */
public final class JwtVerifier {

    private final Jwks keys;
    private final String issuer;

    /**
     * @param keys   the keys to trust, normally the pool's published JWKS
     * @param issuer the exact {@code iss} to accept, such as {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC}
     */
    public JwtVerifier(Jwks keys, String issuer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /**
     * Returns the claims of a valid token.
     *
     * @param token the compact serialization
     * @param now   the verification time; the token is expired when {@code now >= exp}
     * @return the claims, unmodifiable, in the token's order
     * @throws InvalidTokenException with the reason when the token is refused
     */
    public Map<String, Object> verify(String token, Instant now) {
        String[] parts = split(token);
        Map<String, Object> header = jsonPart(parts[0], "header");
        if (!"RS256".equals(header.get("alg"))) {
            throw new InvalidTokenException(Reason.UNSUPPORTED_ALGORITHM, "only RS256 is accepted");
        }
        if (header.containsKey("crit")) {
            throw new InvalidTokenException(Reason.UNSUPPORTED_ALGORITHM, "no critical header extension is understood");
        }
        PublicSigningKey key = publishedKey(header.get("kid"));
        byte[] signature = Jose.decodeBase64Url(parts[2])
                .orElseThrow(() -> new InvalidTokenException(Reason.MALFORMED, "signature is not base64url"));
        if (!signatureVerifies(key, parts[0] + "." + parts[1], signature)) {
            throw new InvalidTokenException(Reason.BAD_SIGNATURE, "signature does not verify");
        }
        Map<String, Object> claims = jsonPart(parts[1], "payload");
        if (!issuer.equals(claims.get("iss"))) {
            throw new InvalidTokenException(Reason.WRONG_ISSUER, "iss is not " + issuer);
        }
        if (!(claims.get("exp") instanceof Number exp)) {
            throw new InvalidTokenException(Reason.MALFORMED, "exp is missing or not a number");
        }
        if (now.getEpochSecond() >= exp.longValue()) {
            throw new InvalidTokenException(Reason.EXPIRED, "exp has passed");
        }
        return Collections.unmodifiableMap(claims);
    }

    private static String[] split(String token) {
        if (token == null) {
            throw new InvalidTokenException(Reason.MALFORMED, "no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException(Reason.MALFORMED, "not three dot-separated parts");
        }
        return parts;
    }

    private PublicSigningKey publishedKey(Object kid) {
        Optional<PublicSigningKey> key = kid instanceof String name ? keys.find(name) : Optional.empty();
        return key.orElseThrow(() -> new InvalidTokenException(Reason.UNKNOWN_KEY, "kid is not published"));
    }

    private static Map<String, Object> jsonPart(String part, String name) {
        return Jose.decodeBase64Url(part)
                .flatMap(Jose::readObject)
                .orElseThrow(() -> new InvalidTokenException(Reason.MALFORMED, name + " is not a base64url JSON object"));
    }

    private static boolean signatureVerifies(PublicSigningKey key, String signingInput, byte[] signature) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key.key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(signature);
        } catch (SignatureException wrongLengthOrEncoding) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is mandatory in every JRE", e);
        }
    }
}
