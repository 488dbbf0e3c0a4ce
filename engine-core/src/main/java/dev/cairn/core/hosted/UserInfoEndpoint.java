package dev.cairn.core.hosted;

import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.userpool.StandardAttributes;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pool domain's {@code /oauth2/userInfo} (OpenID Connect Core 5.3): the claims about the user an
 * access token with the {@code openid} scope may read, per its scopes (OpenID Connect Core 5.4):
 * {@code email}, {@code phone}, {@code profile}; {@code aws.cognito.signin.user.admin} reads every
 * attribute the client may read.
 */
public final class UserInfoEndpoint {

    private static final List<String> EMAIL = List.of("email", "email_verified");
    private static final List<String> PHONE = List.of("phone_number", "phone_number_verified");
    private static final List<String> PROFILE = List.of("name", "family_name", "given_name", "middle_name", "nickname", "preferred_username",
            "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at", "address");

    private final AccessTokens tokens;
    private final Clock clock;

    public UserInfoEndpoint(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @throws OAuthException {@code invalid_token} (401) for a token that does not verify or is not this
     *                        pool's; {@code insufficient_scope} (403) without {@code openid}
     */
    public Map<String, Object> userInfo(String userPoolId, String accessToken) {
        AccessTokens.Verified v;
        try {
            v = tokens.verifyAnyScope(accessToken, clock.instant());
        } catch (RuntimeException e) {
            throw new OAuthException("invalid_token", 401, "The access token is not valid.");
        }
        if (!v.pool().id().equals(userPoolId)) throw new OAuthException("invalid_token", 401, "The access token is not valid.");
        Set<String> scopes = Set.of(Arrays.stream(String.valueOf(v.claims().get("scope")).split(" ")).toArray(String[]::new));
        if (!scopes.contains("openid")) throw new OAuthException("insufficient_scope", 403, "The access token has no openid scope.");
        var client = v.pool().clients().get(String.valueOf(v.claims().get("client_id")));
        List<String> readable = client == null || client.client().readAttributes() == null ? List.of() : client.client().readAttributes();
        boolean all = scopes.contains("aws.cognito.signin.user.admin");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", v.user().sub());
        v.user().attributes().forEach((name, value) -> {
            if (name.equals("sub") || name.startsWith(StandardAttributes.DEV_PREFIX)) return;
            if (!readable.isEmpty() && !readable.contains(name)) return;
            boolean granted = all || (scopes.contains("email") && EMAIL.contains(name)) || (scopes.contains("phone") && PHONE.contains(name))
                    || (scopes.contains("profile") && PROFILE.contains(name));
            if (granted) claims.put(name, value); // as Cognito's userInfo, email_verified and phone_number_verified are strings
        });
        claims.put("username", v.user().username());
        return claims;
    }
}
