package dev.cairn.core.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of keys a pool publishes at {@code /.well-known/jwks.json} and the set a
 * {@link JwtVerifier} trusts: one list for both, so a token verifies here exactly when a client
 * could verify it with the published document.
 *
 * <p>Rotation: publish the new key alongside the old ones, sign with the new one, and drop an old
 * key only after the last token it signed has expired. Immutable and thread-safe.
 */
public final class Jwks {

    private final List<PublicSigningKey> keys;

    private Jwks(List<PublicSigningKey> keys) {
        this.keys = keys;
    }

    /**
     * A key set in publication order (Cognito lists its keys in no promised order).
     *
     * @throws IllegalArgumentException if two keys share a kid
     */
    public static Jwks of(Collection<PublicSigningKey> keys) {
        List<PublicSigningKey> copy = List.copyOf(keys);
        if (copy.stream().map(PublicSigningKey::kid).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("Two keys share a kid");
        }
        return new Jwks(copy);
    }

    /** @see #of(Collection) */
    public static Jwks of(PublicSigningKey... keys) {
        return of(List.of(keys));
    }

    /** The keys, in publication order. */
    public List<PublicSigningKey> keys() {
        return keys;
    }

    /** The key a token's header names, if it is published. */
    public Optional<PublicSigningKey> find(String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    /**
     * The JWKS document as Cognito renders it:
     * {@code {"keys":[{"alg":"RS256","e":…,"kid":…,"kty":"RSA","n":…,"use":"sig"}]}}.
     */
    public String toJson() {
        List<Map<String, String>> jwks = new ArrayList<>();
        for (PublicSigningKey key : keys) {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("alg", "RS256");
            jwk.put("e", Jose.base64Url(key.key().getPublicExponent()));
            jwk.put("kid", key.kid());
            jwk.put("kty", "RSA");
            jwk.put("n", Jose.base64Url(key.key().getModulus()));
            jwk.put("use", "sig");
            jwks.add(jwk);
        }
        return new String(Jose.write(Map.of("keys", jwks)), StandardCharsets.UTF_8);
    }
}
