package dev.cairn.core.token;

import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * The public half of a {@link SigningKey}: what a JWKS publishes and a verifier trusts.
 *
 * @param kid the key id that tokens name in their header; never null
 * @param key the RSA public key; never null
 */
public record PublicSigningKey(String kid, RSAPublicKey key) {

    /** @throws NullPointerException if either component is null */
    public PublicSigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
    }
}
