package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine client gets an access token from its pool domain's {@code /oauth2/token} with the
 * client_credentials grant, and a user's app refreshes with the refresh_token grant, over plain HTTP
 * as any OAuth 2.0 client sends it; the tokens verify against the pool's published keys. Every
 * RFC 6749 refusal is checked too.
 */
class TokenEndpointOverHttpTest {

    static WireFixture fixture;
    static String pool;
    static String domain;
    static UserPoolClientType machine;
    static UserPoolClientType web;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fixture = new WireFixture();
        var engine = fixture.engine();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("m2m").build()).userPool().id();
        domain = "m2m-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        engine.createResourceServer(CreateResourceServerRequest.builder().userPoolId(pool).identifier("orders").name("Orders")
                .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("r").build(),
                        ResourceServerScopeType.builder().scopeName("write").scopeDescription("w").build()).build());
        machine = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("machine").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("client_credentials").allowedOAuthScopes("orders/read", "orders/write")
                .build()).userPoolClient();
        web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web").generateSecret(true)
                .build()).userPoolClient();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String... namesAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (b.length() > 0) b.append('&');
            b.append(namesAndValues[i]).append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static HttpResponse<String> post(URI uri, String authorization, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) r.header("Authorization", authorization);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> token(String authorization, String body) throws Exception {
        return post(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/token"), authorization, body);
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).isEqualTo(error);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    private static SignedJWT verified(String accessToken) throws Exception {
        SignedJWT jwt = SignedJWT.parse(accessToken);
        JWKSet keys = JWKSet.parse(fixture.get("/" + pool + "/.well-known/jwks.json").body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt;
    }

    @Test
    void aMachineClientAuthenticatedByHttpBasicGetsAnAccessTokenWithCognitosClaims() throws Exception {
        HttpResponse<String> response = token(basic(machine.clientId(), machine.clientSecret()), form("grant_type", "client_credentials", "scope", "orders/read"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(body.has("id_token")).isFalse();

        var claims = verified(body.get("access_token").asText()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
        assertThat(claims.getStringClaim("client_id")).isEqualTo(machine.clientId());
        assertThat(claims.getSubject()).isEqualTo(machine.clientId());
        assertThat(claims.getStringClaim("scope")).isEqualTo("orders/read");
        assertThat(claims.getIssuer()).isEqualTo(fixture.engine().issuer(pool));
        assertThat(claims.getLongClaim("version")).isEqualTo(2);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getClaim("username")).isNull();
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
        assertThat(claims.getIssueTime()).isNotNull();
    }

    @Test
    void credentialsInTheFormWorkAndNoScopeGrantsEveryAllowedOne() throws Exception {
        HttpResponse<String> response = token(null, form("grant_type", "client_credentials", "client_id", machine.clientId(),
                "client_secret", machine.clientSecret()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(verified(json(response).get("access_token").asText()).getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("orders/read orders/write");
    }

    @Test
    void theDomainIsServedByHostHeaderAsCognitoServesIt() {
        String body = form("grant_type", "client_credentials");
        String request = "POST /oauth2/token HTTP/1.1\r\nHost: %s\r\nAuthorization: " + basic(machine.clientId(), machine.clientSecret())
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        String reply = RawHttp.exchange(fixture.server.port(), request.formatted(domain + ".auth.us-east-1.amazoncognito.com"));
        assertThat(reply).startsWith("HTTP/1.1 200").contains("\"access_token\"");
        assertThat(RawHttp.exchange(fixture.server.port(), request.formatted("nobody.auth.us-east-1.amazoncognito.com"))).startsWith("HTTP/1.1 421");
        // The domain's host name reaches its OAuth endpoints only: not the API, not the local routes.
        String outbox = "GET /_engine/outbox?UserPoolId=" + pool + "&Username=x HTTP/1.1\r\nHost: " + domain
                + ".auth.us-east-1.amazoncognito.com\r\nConnection: close\r\n\r\n";
        assertThat(RawHttp.exchange(fixture.server.port(), outbox)).startsWith("HTTP/1.1 421");
    }

    @Test
    void aWrongOrMissingSecretOrUnknownClientIsInvalidClientWith401() throws Exception {
        HttpResponse<String> wrong = token(basic(machine.clientId(), "not-the-secret"), form("grant_type", "client_credentials"));
        assertOAuthError(wrong, 401, "invalid_client");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertOAuthError(token(null, form("grant_type", "client_credentials", "client_id", machine.clientId())), 401, "invalid_client");
        assertOAuthError(token(basic("nosuchclient", "x"), form("grant_type", "client_credentials")), 401, "invalid_client");
        assertOAuthError(token(null, form("grant_type", "client_credentials")), 401, "invalid_client");
    }

    @Test
    void scopesOutsideTheClientsResourceServerScopesAreInvalidScope() throws Exception {
        assertOAuthError(token(basic(machine.clientId(), machine.clientSecret()), form("grant_type", "client_credentials", "scope", "orders/delete")),
                400, "invalid_scope");
        assertOAuthError(token(basic(machine.clientId(), machine.clientSecret()), form("grant_type", "client_credentials", "scope", "openid")),
                400, "invalid_scope");
    }

    @Test
    void aClientWithoutTheGrantIsUnauthorizedClient() throws Exception {
        assertOAuthError(token(basic(web.clientId(), web.clientSecret()), form("grant_type", "client_credentials")), 400, "unauthorized_client");
    }

    @Test
    void malformedRequestsAreInvalidRequestAndUnknownGrantsUnsupported() throws Exception {
        String auth = basic(machine.clientId(), machine.clientSecret());
        assertOAuthError(token(auth, form("grant_type", "password", "username", "a", "password", "b")), 400, "unsupported_grant_type");
        assertOAuthError(token(auth, form("scope", "orders/read")), 400, "invalid_request");
        assertOAuthError(token(auth, "grant_type=client_credentials&grant_type=client_credentials"), 400, "invalid_request");
        assertOAuthError(token(auth, form("grant_type", "client_credentials", "client_secret", machine.clientSecret())), 400, "invalid_request");
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/token"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertOAuthError(json, 400, "invalid_request");
    }

    @Test
    void aUsersRefreshTokenGivesNewIdAndAccessTokensAndAForeignOrForgedOneIsInvalidGrant() throws Exception {
        var engine = fixture.engine();
        UserPoolClientType app = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app")
                .generateSecret(true).explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("rita").messageAction("SUPPRESS").build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("rita").password("Passw0rd!Passw0rd")
                .permanent(true).build());
        String refresh = engine.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(app.clientId())
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(java.util.Map.of("USERNAME", "rita", "PASSWORD", "Passw0rd!Passw0rd",
                        "SECRET_HASH", dev.cairn.core.client.AppClients.hash(app.clientSecret(), "rita", app.clientId()))).build())
                .authenticationResult().refreshToken();

        HttpResponse<String> response = token(basic(app.clientId(), app.clientSecret()), form("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(verified(body.get("id_token").asText()).getJWTClaimsSet().getStringClaim("cognito:username")).isEqualTo("rita");
        var access = verified(body.get("access_token").asText()).getJWTClaimsSet();
        assertThat(access.getStringClaim("username")).isEqualTo("rita");
        assertThat(access.getStringClaim("client_id")).isEqualTo(app.clientId());

        assertOAuthError(token(basic(app.clientId(), app.clientSecret()), form("grant_type", "refresh_token", "refresh_token", "forged")), 400, "invalid_grant");
        assertOAuthError(token(basic(machine.clientId(), machine.clientSecret()), form("grant_type", "refresh_token", "refresh_token", refresh)),
                400, "invalid_grant");
        assertOAuthError(token(basic(app.clientId(), app.clientSecret()), form("grant_type", "refresh_token")), 400, "invalid_request");
        assertOAuthError(token(basic(app.clientId(), "wrong"), form("grant_type", "refresh_token", "refresh_token", refresh)), 401, "invalid_client");
    }

    @Test
    void aRevokedRefreshTokenNoLongerRefreshes() throws Exception {
        var engine = fixture.engine();
        UserPoolClientType app = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("revoking")
                .generateSecret(true).explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("sam").messageAction("SUPPRESS").build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("sam").password("Passw0rd!Passw0rd")
                .permanent(true).build());
        String refresh = engine.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(app.clientId())
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(java.util.Map.of("USERNAME", "sam", "PASSWORD", "Passw0rd!Passw0rd",
                        "SECRET_HASH", dev.cairn.core.client.AppClients.hash(app.clientSecret(), "sam", app.clientId()))).build())
                .authenticationResult().refreshToken();
        URI revoke = URI.create(fixture.endpoint() + "/" + domain + "/oauth2/revoke");

        assertOAuthError(post(revoke, basic(app.clientId(), "wrong"), form("token", refresh)), 401, "invalid_client");
        assertOAuthError(post(revoke, basic(machine.clientId(), machine.clientSecret()), form("token", refresh)), 400, "unauthorized_client");
        assertOAuthError(post(revoke, basic(app.clientId(), app.clientSecret()), form("token", "not-a-refresh-token")), 400, "unsupported_token_type");
        assertOAuthError(post(revoke, basic(app.clientId(), app.clientSecret()), ""), 400, "invalid_request");
        assertThat(token(basic(app.clientId(), app.clientSecret()), form("grant_type", "refresh_token", "refresh_token", refresh)).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = post(revoke, basic(app.clientId(), app.clientSecret()), form("token", refresh));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertOAuthError(token(basic(app.clientId(), app.clientSecret()), form("grant_type", "refresh_token", "refresh_token", refresh)), 400, "invalid_grant");
        assertThat(json(fixture.get("/" + pool + "/.well-known/openid-configuration")).get("revocation_endpoint").asText()).endsWith(domain + "/oauth2/revoke");
    }

    @Test
    void anUnknownDomainHasNoTokenEndpoint() throws Exception {
        assertThat(post(URI.create(fixture.endpoint() + "/no-such-domain/oauth2/token"), basic(machine.clientId(), machine.clientSecret()),
                form("grant_type", "client_credentials")).statusCode()).isEqualTo(404);
    }

    @Test
    void theDiscoveryDocumentNamesTheTokenEndpoint() throws Exception {
        JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
        assertThat(doc.get("token_endpoint").asText()).endsWith("/" + domain + "/oauth2/token");
        HttpResponse<String> response = post(URI.create(doc.get("token_endpoint").asText().replace(fixture.server.endpoint().toString(),
                fixture.endpoint().toString())), basic(machine.clientId(), machine.clientSecret()), form("grant_type", "client_credentials"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(fixture.get("/" + pool + "/.well-known/openid-configuration")).get("grant_types_supported").toString())
                .contains("client_credentials");
        assertThat(List.of(doc.get("token_endpoint_auth_methods_supported").get(0).asText())).contains("client_secret_basic");
    }
}
