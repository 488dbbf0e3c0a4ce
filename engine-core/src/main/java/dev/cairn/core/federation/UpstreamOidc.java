package dev.cairn.core.federation;

import dev.cairn.core.json.Json;
import dev.cairn.core.token.InvalidTokenException;
import dev.cairn.core.token.Jwks;
import dev.cairn.core.token.JwtVerifier;
import dev.cairn.core.userpool.PoolOAuth;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An upstream OpenID Connect provider, as its ProviderDetails and discovery document describe it:
 * where to send the user, where to redeem the code, and which keys sign its ID tokens. The
 * endpoints a provider's details name explicitly win over those its issuer's discovery document
 * publishes. Documents are read when a sign-in needs them, not cached, so no engine ever decides on
 * another engine's stale copy.
 */
final class UpstreamOidc {

    /** Why an upstream sign-in failed: said to the client in the error redirect, never with a secret. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /**
     * The endpoints of one provider.
     *
     * @param userInfoEndpoint where its user's attributes are read (attributes_url, or the discovery
     *                         document's userinfo_endpoint); null when it names none
     */
    record Endpoints(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri, boolean pkceS256,
                     String userInfoEndpoint) {
    }

    /** What the token endpoint answered: the ID token, and the access token for the userInfo endpoint (may be null). */
    record Tokens(String idToken, String accessToken) {
        @Override
        public String toString() {
            return "Tokens[...]";
        }
    }

    private final MetadataDocuments documents;

    UpstreamOidc(MetadataDocuments documents) {
        this.documents = documents;
    }

    /**
     * The provider's endpoints: all three named in its details (authorize_url, token_url, jwks_uri)
     * are used as they are, with no discovery (Cognito reads them "when it can't discover endpoint
     * URLs"), and then nothing advertises PKCE; otherwise its issuer's discovery document fills
     * what the details leave out, and says whether the provider takes PKCE S256.
     */
    Endpoints endpoints(PoolOAuth.IdentityProvider provider) {
        Map<String, String> d = provider.type().providerDetails();
        String issuer = d.get("oidc_issuer");
        Map<String, Object> discovered = Map.of();
        boolean explicit = d.containsKey("authorize_url") && d.containsKey("token_url") && d.containsKey("jwks_uri");
        if (!explicit) {
            String doc = documents.get(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
            if (doc == null) throw new Failure("The discovery document of " + issuer + " could not be read.");
            discovered = Json.read(doc, Map.class);
            if (!issuer.equals(discovered.get("issuer"))) throw new Failure("The discovery document of " + issuer + " names another issuer.");
        }
        Object methods = discovered.get("code_challenge_methods_supported");
        return new Endpoints(issuer, pick(d, "authorize_url", discovered, "authorization_endpoint"),
                pick(d, "token_url", discovered, "token_endpoint"), pick(d, "jwks_uri", discovered, "jwks_uri"),
                methods instanceof List<?> l && l.contains("S256"),
                d.get("attributes_url") != null ? d.get("attributes_url") : discovered.get("userinfo_endpoint") instanceof String u ? u : null);
    }

    private static String pick(Map<String, String> details, String key, Map<String, Object> discovered, String name) {
        String v = details.get(key) != null ? details.get(key) : discovered.get(name) instanceof String s ? s : null;
        if (v == null) throw new Failure("The provider publishes no " + name + ".");
        return v;
    }

    /** The tokens a code is redeemed for at the token endpoint (client authenticated by HTTP Basic, RFC 6749 section 2.3.1). */
    Tokens redeem(Endpoints e, String clientId, String clientSecret, String code, String redirectUri, String codeVerifier) {
        String form = "grant_type=authorization_code&code=" + enc(code) + "&redirect_uri=" + enc(redirectUri) + "&client_id=" + enc(clientId)
                + (codeVerifier == null ? "" : "&code_verifier=" + enc(codeVerifier));
        String basic = Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = documents.postForm(e.tokenEndpoint(), form, basic);
        if (r == null) throw new Failure("The provider's token endpoint could not be reached.");
        Map<?, ?> body;
        try {
            body = Json.read(r.body(), Map.class);
        } catch (RuntimeException notJson) {
            throw new Failure("The provider's token endpoint answered " + r.statusCode() + " without JSON.");
        }
        if (r.statusCode() != 200) throw new Failure("The provider refused the code: " + body.get("error") + ".");
        if (!(body.get("id_token") instanceof String idToken)) throw new Failure("The provider answered no id_token.");
        return new Tokens(idToken, body.get("access_token") instanceof String access ? access : null);
    }

    /**
     * The ID token's claims with those the provider's userInfo endpoint answers for the access
     * token (by {@code attributes_request_method}, GET or POST), as Cognito reads a provider's user
     * attributes; OpenID Connect Core 5.3.2: answered for another sub, they are refused. The ID
     * token's iss, aud, nonce and sub are never replaced. Without an endpoint or an access token,
     * the ID token's claims alone.
     */
    Map<String, Object> withUserInfo(Endpoints e, Map<String, Object> idClaims, String accessToken, String method) {
        if (e.userInfoEndpoint() == null || accessToken == null) return idClaims;
        String body = documents.userInfo(e.userInfoEndpoint(), accessToken, "POST".equals(method));
        if (body == null) throw new Failure("The provider's userInfo endpoint did not answer.");
        Map<String, Object> info;
        try {
            info = Json.read(body, Map.class);
        } catch (RuntimeException notJson) {
            throw new Failure("The provider's userInfo endpoint answered no JSON object.");
        }
        if (!idClaims.get("sub").equals(info.get("sub"))) throw new Failure("The provider's userInfo answers for another sub.");
        Map<String, Object> merged = new java.util.LinkedHashMap<>(idClaims);
        info.forEach((k, v) -> {
            if (!java.util.Set.of("iss", "aud", "nonce", "sub", "exp", "iat").contains(k)) merged.put(k, v);
        });
        return merged;
    }

    /**
     * The claims of an upstream ID token that OpenID Connect Core 3.1.3.7 accepts: RS256 signed by
     * a key of the provider's JWKS, issued by the provider, for our client (and, with several
     * audiences, authorized for it), not expired, and carrying our nonce.
     */
    Map<String, Object> verify(Endpoints e, String idToken, String clientId, String nonce, Instant now) {
        String jwks = documents.get(e.jwksUri());
        if (jwks == null) throw new Failure("The provider's JWKS could not be read.");
        Map<String, Object> claims;
        try {
            claims = new JwtVerifier(Jwks.parse(jwks), e.issuer()).verify(idToken, now);
        } catch (InvalidTokenException | IllegalArgumentException bad) {
            throw new Failure("The provider's ID token is not valid: " + bad.getMessage() + ".");
        }
        Object aud = claims.get("aud");
        boolean forUs = clientId.equals(aud) || aud instanceof List<?> l && l.contains(clientId);
        if (!forUs) throw new Failure("The provider's ID token is not for this client (aud).");
        if (aud instanceof List<?> l && l.size() > 1 && !clientId.equals(claims.get("azp"))) {
            throw new Failure("The provider's ID token is not authorized for this client (azp).");
        }
        if (!nonce.equals(claims.get("nonce"))) throw new Failure("The provider's ID token does not carry this sign-in's nonce.");
        if (!(claims.get("sub") instanceof String sub) || sub.isEmpty()) throw new Failure("The provider's ID token has no sub.");
        return claims;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
