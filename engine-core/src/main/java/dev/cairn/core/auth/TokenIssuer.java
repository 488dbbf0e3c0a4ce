package dev.cairn.core.auth;

import dev.cairn.core.token.SigningKey;
import dev.cairn.core.token.JwtSigner;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.api.model.GroupType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.userpool.ClientSettings;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.StandardAttributes;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Issues ID and access tokens with Cognito's claims, signed RS256 with the pool's active key,
 * valid for as long as the app client says.
 */
public final class TokenIssuer {

    static final String ADMIN_SCOPE = "aws.cognito.signin.user.admin";

    private final PoolKeys keys;
    private final Ids ids;
    private final String issuerBase;
    /** One signer per key: a signer's header is encoded once. Keys are few; rotation adds one. */
    private final Cache<String, JwtSigner> signers = Caffeine.newBuilder().maximumSize(10_000).build();

    public TokenIssuer(PoolKeys keys, Ids ids, String issuerBase) {
        this.keys = keys;
        this.ids = ids;
        this.issuerBase = issuerBase;
    }

    public String issuer(String userPoolId) {
        return issuerBase + "/" + userPoolId;
    }

    /**
     * @param originJti    the sign-in the tokens descend from (a refresh keeps it)
     * @param authTime     when the user authenticated (a refresh keeps it)
     * @param refreshToken included in the result as is; null for a refresh
     */
    public AuthenticationResultType issue(UserPoolState pool, UserPoolClientType client, UserState user, String originJti,
                                          Instant authTime, Instant now, String refreshToken) {
        return issue(pool, client, user, originJti, authTime, now, refreshToken, null, TokenOverrides.NONE);
    }

    /**
     * What an OAuth 2.0 grant of a pool domain gave (the authorization code or implicit flow): the
     * scopes go into the access token, an ID token only with {@code openid}, and the ID token carries
     * OpenID Connect Core's {@code nonce} and {@code at_hash}.
     *
     * @param nonce the authorization request's nonce, or null
     */
    public record OAuthGrant(List<String> scopes, String nonce) {
        public OAuthGrant {
            scopes = List.copyOf(scopes);
        }
    }

    /** As {@link #issue(UserPoolState, UserPoolClientType, UserState, String, Instant, Instant, String)}, for an OAuth grant when {@code grant} is not null. */
    public AuthenticationResultType issue(UserPoolState pool, UserPoolClientType client, UserState user, String originJti,
                                          Instant authTime, Instant now, String refreshToken, OAuthGrant grant) {
        return issue(pool, client, user, originJti, authTime, now, refreshToken, grant, TokenOverrides.NONE);
    }

    /** As {@link #issue(UserPoolState, UserPoolClientType, UserState, String, Instant, Instant, String)}, with a PreTokenGeneration trigger's changes. */
    public AuthenticationResultType issue(UserPoolState pool, UserPoolClientType client, UserState user, String originJti,
                                          Instant authTime, Instant now, String refreshToken, TokenOverrides overrides) {
        return issue(pool, client, user, originJti, authTime, now, refreshToken, null, overrides);
    }

    /**
     * The tokens of a sign-in: for an OAuth grant when {@code grant} is not null, with a PreTokenGeneration
     * trigger's changes applied to each token before it is signed (the ID token's {@code at_hash} is of
     * the access token as signed).
     */
    public AuthenticationResultType issue(UserPoolState pool, UserPoolClientType client, UserState user, String originJti,
                                          Instant authTime, Instant now, String refreshToken, OAuthGrant grant, TokenOverrides overrides) {
        SigningKey key = keys.active(pool);
        JwtSigner signer = signers.get(key.kid(), kid -> new JwtSigner(key));
        String eventId = ids.uuid();
        Duration accessValidity = validity(client.accessTokenValidity(), client.tokenValidityUnits().accessToken());
        Duration idValidity = validity(client.idTokenValidity(), client.tokenValidityUnits().idToken());
        List<GroupType> groups = user.groups().stream().map(pool.groups()::get).filter(Objects::nonNull).toList();
        List<String> groupNames = overrides.groupsToOverride() != null ? overrides.groupsToOverride() : groups.stream().map(GroupType::groupName).toList();

        Map<String, Object> access = new LinkedHashMap<>();
        access.put("sub", user.sub());
        if (!groupNames.isEmpty()) access.put("cognito:groups", groupNames);
        access.put("iss", issuer(pool.id()));
        access.put("client_id", client.clientId());
        access.put("origin_jti", originJti);
        access.put("event_id", eventId);
        access.put("token_use", "access");
        String grantedScope = grant == null ? ADMIN_SCOPE : String.join(" ", grant.scopes());
        access.put("scope", grantedScope);
        access.put("auth_time", authTime.getEpochSecond());
        access.put("exp", now.plus(accessValidity).getEpochSecond());
        access.put("iat", now.getEpochSecond());
        access.put("jti", ids.uuid());
        access.put("username", user.username());

        TokenOverrides.apply(access, overrides.accessClaims(), overrides.accessSuppress());
        access.put("scope", scopes(grantedScope, overrides));
        String accessToken = signer.sign(access);
        if (grant != null && !grant.scopes().contains("openid")) {
            return AuthenticationResultType.builder().accessToken(accessToken).expiresIn((int) accessValidity.toSeconds()).tokenType("Bearer")
                    .refreshToken(refreshToken).build();
        }
        Map<String, Object> id = new LinkedHashMap<>();
        if (grant != null) id.put("at_hash", atHash(accessToken));
        id.put("sub", user.sub());
        if (!groupNames.isEmpty()) id.put("cognito:groups", groupNames);
        if (!groups.isEmpty() || overrides.iamRolesToOverride() != null || overrides.preferredRole() != null) {
            List<String> roles = overrides.iamRolesToOverride() != null ? overrides.iamRolesToOverride()
                    : groups.stream().map(GroupType::roleArn).filter(Objects::nonNull).toList();
            if (!roles.isEmpty()) id.put("cognito:roles", roles);
            if (overrides.preferredRole() != null) id.put("cognito:preferred_role", overrides.preferredRole());
            else groups.stream().filter(g -> g.roleArn() != null)
                    .min(Comparator.comparing(g -> g.precedence() == null ? Integer.MAX_VALUE : g.precedence()))
                    .ifPresent(g -> id.put("cognito:preferred_role", g.roleArn()));
        }
        id.put("iss", issuer(pool.id()));
        id.put("cognito:username", user.username());
        id.put("origin_jti", originJti);
        id.put("aud", client.clientId());
        id.put("event_id", eventId);
        id.put("token_use", "id");
        if (grant != null && grant.nonce() != null) id.put("nonce", grant.nonce());
        id.put("auth_time", authTime.getEpochSecond());
        id.put("exp", now.plus(idValidity).getEpochSecond());
        id.put("iat", now.getEpochSecond());
        id.put("jti", ids.uuid());
        user.attributes().forEach((name, value) -> {
            if (name.equals("sub") || name.startsWith(StandardAttributes.DEV_PREFIX)) return;
            if (name.equals("identities")) {
                // Cognito's ID token carries a federated or linked user's identities as a JSON array, whatever the client reads.
                id.put(name, dev.cairn.core.json.Json.read(value, List.class));
                return;
            }
            if (client.readAttributes() != null && !client.readAttributes().isEmpty() && !client.readAttributes().contains(name)) return;
            id.put(name, StandardAttributes.BOOLEANS.contains(name) ? Boolean.valueOf(value) : value);
        });

        TokenOverrides.apply(id, overrides.idClaims(), overrides.idSuppress());
        return AuthenticationResultType.builder()
                .accessToken(accessToken)
                .expiresIn((int) accessValidity.toSeconds())
                .tokenType("Bearer")
                .refreshToken(refreshToken)
                .idToken(signer.sign(id))
                .build();
    }

    /**
     * An access token for the client itself (the client_credentials grant), with the claims Cognito
     * gives one: the client as subject, the granted scopes, no user.
     */
    public AuthenticationResultType issueForClient(UserPoolState pool, UserPoolClientType client, List<String> scopes, Instant now) {
        return issueForClient(pool, client, scopes, now, TokenOverrides.NONE);
    }

    /** As {@link #issueForClient(UserPoolState, UserPoolClientType, List, Instant)}, with a V3_0 PreTokenGeneration trigger's changes. */
    public AuthenticationResultType issueForClient(UserPoolState pool, UserPoolClientType client, List<String> scopes, Instant now,
                                                   TokenOverrides overrides) {
        SigningKey key = keys.active(pool);
        JwtSigner signer = signers.get(key.kid(), kid -> new JwtSigner(key));
        Duration validity = validity(client.accessTokenValidity(), client.tokenValidityUnits().accessToken());
        Map<String, Object> access = new LinkedHashMap<>();
        access.put("sub", client.clientId());
        access.put("token_use", "access");
        access.put("scope", String.join(" ", scopes));
        access.put("auth_time", now.getEpochSecond());
        access.put("iss", issuer(pool.id()));
        access.put("exp", now.plus(validity).getEpochSecond());
        access.put("iat", now.getEpochSecond());
        access.put("version", 2);
        access.put("jti", ids.uuid());
        access.put("client_id", client.clientId());
        TokenOverrides.apply(access, overrides.accessClaims(), overrides.accessSuppress());
        access.put("scope", scopes(String.join(" ", scopes), overrides));
        return AuthenticationResultType.builder().accessToken(signer.sign(access)).expiresIn((int) validity.toSeconds())
                .tokenType("Bearer").build();
    }

    /** OpenID Connect Core 3.1.3.6: base64url of the left half of SHA-256 of the access token's ASCII. */
    static String atHash(String accessToken) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The access token's scopes, with a trigger's scopes added and suppressed. */
    private static String scopes(String scope, TokenOverrides overrides) {
        java.util.LinkedHashSet<String> scopes = new java.util.LinkedHashSet<>(List.of(scope.split(" ")));
        scopes.addAll(overrides.scopesToAdd());
        overrides.scopesToSuppress().forEach(scopes::remove);
        return String.join(" ", scopes);
    }

    /** A client's validity setting, or Cognito's default of one hour. */
    private static Duration validity(Integer amount, String unit) {
        return amount == null ? Duration.ofHours(1) : ClientSettings.duration(amount, unit);
    }

    /** How long a client's refresh tokens live. */
    public static Duration refreshValidity(UserPoolClientType client) {
        return ClientSettings.duration(client.refreshTokenValidity(), client.tokenValidityUnits().refreshToken());
    }
}
