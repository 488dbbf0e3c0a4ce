package dev.cairn.core.auth;

import dev.cairn.core.token.JwtVerifier;
import dev.cairn.core.token.InvalidTokenException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.core.json.Json;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Checks the access tokens that token-authorized operations (GetUser, GlobalSignOut, ...) take:
 * signature by one of the pool's published keys (RS256 only), issuer, expiry, token use, and that
 * neither a global sign-out nor a revocation has killed it since it was issued.
 */
public final class AccessTokens {

    /** A verified access token, with the pool and user it speaks for. */
    public record Verified(UserPoolState pool, UserState user, Map<String, Object> claims) {
    }

    private final PoolDirectory pools;
    private final UserDirectory users;
    private final PoolKeys keys;
    private final TokenIssuer issuer;

    public AccessTokens(PoolDirectory pools, UserDirectory users, PoolKeys keys, TokenIssuer issuer) {
        this.pools = pools;
        this.users = users;
        this.keys = keys;
        this.issuer = issuer;
    }

    /**
     * A token for the user operations (GetUser, ChangePassword ...): it must carry the
     * {@code aws.cognito.signin.user.admin} scope, as every token of a sign-in through the API does, and
     * as a hosted sign-in's does only when the scope was granted.
     */
    public Verified verify(String token, Instant now) {
        Verified v = verifyAnyScope(token, now);
        if (!java.util.Arrays.asList(String.valueOf(v.claims().get("scope")).split(" ")).contains(TokenIssuer.ADMIN_SCOPE)) {
            throw new NotAuthorizedException("Access Token does not have required scopes");
        }
        return v;
    }

    /** A valid access token of a user, whatever its scopes (the userInfo endpoint checks its own). */
    public Verified verifyAnyScope(String token, Instant now) {
        UserPoolState pool = pools.find(poolIdOf(token)).orElseThrow(AccessTokens::invalid);
        Map<String, Object> claims;
        try {
            claims = new JwtVerifier(keys.jwks(pool), issuer.issuer(pool.id())).verify(token, now);
        } catch (InvalidTokenException e) {
            if (e.reason() == InvalidTokenException.Reason.EXPIRED) throw new NotAuthorizedException("Access Token has expired");
            throw invalid();
        }
        if (!"access".equals(claims.get("token_use")) || !(claims.get("sub") instanceof String sub)) throw invalid();
        UserState user = users.bySub(pool.id(), sub).orElseThrow(() -> new UserNotFoundException("User does not exist."));
        var signIn = user.signInState();
        Object origin = claims.get("origin_jti");
        long issuedAt = claims.get("iat") instanceof Number n ? n.longValue() : 0;
        if (signIn.revokedOrigins().containsKey(origin)
                || (signIn.signedOutAt() != null && issuedAt < signIn.signedOutAt().getEpochSecond())) {
            throw new NotAuthorizedException("Access Token has been revoked");
        }
        if (!user.enabled()) throw new NotAuthorizedException("User is disabled.");
        return new Verified(pool, user, claims);
    }

    /** The pool id named by the token's issuer, read before the signature is checked only to find the keys. */
    private static String poolIdOf(String token) {
        try {
            String[] parts = token.split("\\.");
            JsonNode payload = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String iss = payload.path("iss").asText("");
            return iss.substring(iss.lastIndexOf('/') + 1);
        } catch (Exception e) {
            throw invalid();
        }
    }

    private static NotAuthorizedException invalid() {
        return new NotAuthorizedException("Invalid Access Token");
    }
}
