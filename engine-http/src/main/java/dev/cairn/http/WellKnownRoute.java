package dev.cairn.http;

import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.api.model.UserPoolType;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.core.CairnEngine;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /{userPoolId}/.well-known/jwks.json} and {@code /.well-known/openid-configuration}:
 * the pool's signing keys and its discovery document, whose issuer is the one the engine writes
 * into the pool's tokens.
 *
 * <p>The pool id is matched against the model's {@code UserPoolIdType} pattern on the raw,
 * undecoded path, so no encoding trick ({@code ..}, {@code %2e%2e}, {@code %2f}) reaches a lookup:
 * anything else is a 404.
 */
final class WellKnownRoute {

    static final Pattern PATH = Pattern.compile("/([\\w-]{1,40}_[0-9a-zA-Z]{1,40})/\\.well-known/(jwks\\.json|openid-configuration)");

    private final CairnEngine engine;
    private final URI endpoint;

    WellKnownRoute(CairnEngine engine, URI endpoint) {
        this.engine = engine;
        this.endpoint = endpoint;
    }

    /** The reply for a raw path this route matches, or empty if it does not match. */
    Optional<Reply> handle(String rawPath) {
        Matcher m = PATH.matcher(rawPath);
        if (!m.matches()) return Optional.empty();
        String poolId = m.group(1);
        String jwks;
        try {
            jwks = engine.jwks(poolId);
        } catch (ResourceNotFoundException e) {
            return Optional.of(Reply.error(404, "ResourceNotFoundException", "User pool " + poolId + " does not exist."));
        }
        if (m.group(2).equals("jwks.json")) {
            return Optional.of(new Reply(200, jwks.getBytes(StandardCharsets.UTF_8), null));
        }
        return Optional.of(Reply.ok(openIdConfiguration(poolId)));
    }

    /**
     * The discovery document, limited to what Cairn serves: the OAuth endpoints live on a pool
     * domain, which Cognito too leaves out of the document while a pool has none (the prefix
     * domain is named when a pool has both).
     */
    private Map<String, Object> openIdConfiguration(String poolId) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", engine.issuer(poolId));
        doc.put("jwks_uri", IssuerForm.withoutTrailingSlash(endpoint) + "/" + poolId + "/.well-known/jwks.json");
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("response_types_supported", List.of("code", "token"));
        doc.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
        doc.put("subject_types_supported", List.of("public"));
        // The endpoints Cairn serves on the pool's domain, reached under this server's own endpoint.
        UserPoolType pool = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(poolId).build()).userPool();
        String domain = pool.domain() != null ? pool.domain() : pool.customDomain();
        if (domain != null) {
            String base = IssuerForm.withoutTrailingSlash(endpoint) + "/" + domain;
            doc.put("authorization_endpoint", base + OAuthRoute.AUTHORIZE);
            doc.put("token_endpoint", base + OAuthRoute.TOKEN);
            doc.put("userinfo_endpoint", base + OAuthRoute.USER_INFO);
            doc.put("revocation_endpoint", base + OAuthRoute.REVOKE);
            doc.put("end_session_endpoint", base + OAuthRoute.LOGOUT);
            doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
            doc.put("grant_types_supported", List.of("authorization_code", "implicit", "client_credentials", "refresh_token"));
            doc.put("code_challenge_methods_supported", List.of("S256", "plain"));
            doc.put("response_modes_supported", List.of("query", "fragment"));
            doc.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "cognito:username",
                    "email", "email_verified", "phone_number", "phone_number_verified", "name", "given_name", "family_name"));
        }
        return doc;
    }
}
