package dev.cairn.core.auth;

import dev.cairn.core.token.SigningKey;
import dev.cairn.core.token.Jwks;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.userpool.UserPoolState;

import java.util.Base64;
import java.util.List;

/**
 * A pool's signing keys, unsealed once and kept: the newest signs, all are published (JWKS) and
 * verify, so rotating a key breaks no live token.
 */
public final class PoolKeys {

    private final SecretBox secrets;
    private final Cache<String, SigningKey> unsealed = Caffeine.newBuilder().maximumSize(10_000).build();

    public PoolKeys(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** The key new tokens of the pool are signed with. */
    public SigningKey active(UserPoolState pool) {
        List<UserPoolState.SigningKeyRef> keys = pool.signingKeys();
        return key(keys.get(keys.size() - 1));
    }

    public Jwks jwks(UserPoolState pool) {
        return Jwks.of(pool.signingKeys().stream().map(k -> key(k).publicKey()).toList());
    }

    private SigningKey key(UserPoolState.SigningKeyRef ref) {
        return unsealed.get(ref.kid(), kid -> SigningKey.fromPkcs8(kid, Base64.getDecoder().decode(secrets.open(ref.sealedPrivateKey()))));
    }
}
