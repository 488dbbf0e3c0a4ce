package dev.cairn.core.client;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.core.claim.ClaimProjection;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.ClaimStore;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Finds the app client that public operations (InitiateAuth, SignUp, ...) name by ClientId alone,
 * and checks its SECRET_HASH.
 */
public final class AppClients {

    private final ClaimStore claims;
    private final PoolDirectory pools;
    private final SecretBox secrets;

    public AppClients(ClaimStore claims, PoolDirectory pools, SecretBox secrets) {
        this.claims = claims;
        this.pools = pools;
        this.secrets = secrets;
    }

    /** The client and its pool; with {@code poolId} given (Admin* operations), the client must belong to it. */
    public UserPoolState.AppClient require(String poolId, String clientId) {
        UserPoolState.AppClient client = find(clientId).orElseThrow(() -> notFound(clientId));
        if (poolId != null && !poolId.equals(client.client().userPoolId())) throw notFound(clientId);
        return client;
    }

    /** The client with this id, in whichever pool holds it. */
    public Optional<UserPoolState.AppClient> find(String clientId) {
        return claims.owner(ClaimProjection.GLOBAL, ClaimProjection.CLIENT, clientId)
                .flatMap(pools::find).map(pool -> pool.clients().get(clientId));
    }

    /** Whether {@code secret} is one of the client's live secrets, compared in constant time; a client without one has none to match. */
    public boolean secretMatches(UserPoolState.AppClient client, String secret) {
        if (secret == null) return false;
        boolean matched = false;
        for (UserPoolState.ClientSecretRef live : client.liveSecrets()) {
            // Every live secret is compared, so the time taken does not tell which one matched.
            matched |= MessageDigest.isEqual(secrets.open(live.sealed()).getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        }
        return matched;
    }

    private static ResourceNotFoundException notFound(String clientId) {
        return new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
    }

    /**
     * With a secret, SECRET_HASH = base64(HMAC-SHA256(secret, username + clientId)) must come along,
     * made with any live secret (two live during a rotation);
     * any of {@code usernames} (what the caller typed, the username, the sub) may be the one hashed.
     */
    public void checkSecretHash(UserPoolState.AppClient client, String secretHash, List<String> usernames) {
        if (!client.confidential()) return;
        String clientId = client.client().clientId();
        if (secretHash == null) {
            throw new NotAuthorizedException("Client " + clientId + " is configured with secret but SECRET_HASH was not received");
        }
        for (UserPoolState.ClientSecretRef live : client.liveSecrets()) {
            String secret = secrets.open(live.sealed());
            for (String username : usernames) {
                if (username != null && MessageDigest.isEqual(hash(secret, username, clientId).getBytes(StandardCharsets.UTF_8),
                        secretHash.getBytes(StandardCharsets.UTF_8))) {
                    return;
                }
            }
        }
        throw new NotAuthorizedException("Unable to verify secret hash for client " + clientId);
    }

    /** The SECRET_HASH for {@code username} made with the client's newest live secret; null for a client without one. */
    public String secretHashFor(UserPoolState.AppClient client, String username) {
        if (!client.confidential()) return null;
        var live = client.liveSecrets();
        return hash(secrets.open(live.get(live.size() - 1).sealed()), username, client.client().clientId());
    }

    public static String hash(String secret, String username, String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
