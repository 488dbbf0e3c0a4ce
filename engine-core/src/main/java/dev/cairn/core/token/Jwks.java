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

    /**
     * The RSA signing keys of a JWKS document another issuer publishes (keys of other types, or
     * for encryption, are skipped; a repeated kid keeps the first).
     *
     * @throws IllegalArgumentException if the document is not a JWKS
     */
    public static Jwks parse(String json) {
        Map<String, Object> doc = Jose.readObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalArgumentException("not a JSON object"));
        if (!(doc.get("keys") instanceof List<?> keys)) throw new IllegalArgumentException("no keys");
        Map<String, PublicSigningKey> found = new java.util.LinkedHashMap<>();
        for (Object k : keys) {
            if (!(k instanceof Map<?, ?> key) || !"RSA".equals(key.get("kty")) || "enc".equals(key.get("use"))) continue;
            if (!(key.get("kid") instanceof String kid) || !(key.get("n") instanceof String n) || !(key.get("e") instanceof String e)) continue;
            try {
                var spec = new java.security.spec.RSAPublicKeySpec(new java.math.BigInteger(1, Jose.decodeBase64Url(n).orElseThrow()),
                        new java.math.BigInteger(1, Jose.decodeBase64Url(e).orElseThrow()));
                var rsa = (java.security.interfaces.RSAPublicKey) java.security.KeyFactory.getInstance("RSA").generatePublic(spec);
                found.putIfAbsent(kid, new PublicSigningKey(kid, rsa));
            } catch (java.security.GeneralSecurityException | java.util.NoSuchElementException bad) {
                // a key that is not a usable RSA key is skipped
            }
        }
        return of(found.values());
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
