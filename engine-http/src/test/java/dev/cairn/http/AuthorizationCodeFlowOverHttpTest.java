package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.*;
import dev.cairn.core.oauth.Pkce;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A web app's sign-in through its pool domain, over plain HTTP as a browser and an OAuth client
 * send it: /oauth2/authorize, the hosted login page, the authorization code grant with PKCE, the
 * ID token per OpenID Connect Core, userInfo and logout; and every refusal: an unregistered
 * redirect_uri (an error page, never a redirect), a missing or wrong PKCE verifier, a code used
 * twice, expired, or by another client, a scope the client is not allowed, a form without its CSRF
 * token.
 */
class AuthorizationCodeFlowOverHttpTest {

    static final String CALLBACK = "https://app.example.com/callback";
    static final String SIGNED_OUT = "https://app.example.com/signed-out";
    static final MovableClock CLOCK = new MovableClock();
    static WireFixture fixture;
    static String pool;
    static String domain;
    static UserPoolClientType web;
    static UserPoolClientType other;
    static UserPoolClientType spa;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    HostedBrowser browser;

    @BeforeAll
    static void start() {
        fixture = new WireFixture(e -> e.clock(CLOCK), s -> {
        });
        var engine = fixture.engine();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("web").build()).userPool().id();
        domain = "web-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).logoutURLs(SIGNED_OUT)
                .allowedOAuthScopes("openid", "email", "aws.cognito.signin.user.admin").build()).userPoolClient();
        other = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("other").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                .allowedOAuthScopes("openid").build()).userPoolClient();
        spa = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa")
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("implicit").callbackURLs(CALLBACK)
                .allowedOAuthScopes("openid", "email").build()).userPoolClient();
        engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("alice").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("email").value("alice@example.com").build(),
                        AttributeType.builder().name("email_verified").value("true").build()).build());
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice").password("Corr3ct-Horse!")
                .permanent(true).build());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void newBrowser() {
        browser = new HostedBrowser(fixture.endpoint());
    }

    static String authorizeUrl(String clientId, String extra) {
        return "/" + domain + "/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + CALLBACK + "&state=st-1" + extra;
    }

    static String verifier() {
        return "verifier-" + "x".repeat(40) + System.nanoTime();
    }

    /** Signs alice in through the login page the authorize request leads to; answers the callback's parameters. */
    Map<String, String> signIn(String authorizeUrl) throws Exception {
        HttpResponse<String> login = browser.follow(browser.get(authorizeUrl));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in");
        HttpResponse<String> answer = browser.follow(browser.submit(login, Map.of("username", "alice", "password", "Corr3ct-Horse!")));
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = HostedBrowser.location(answer);
        assertThat(location).startsWith(CALLBACK + "?");
        return HostedBrowser.params(location, false);
    }

    static HttpResponse<String> token(UserPoolClientType client, Map<String, String> form) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + client.clientSecret()).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(HostedBrowser.encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> codeGrant(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", CALLBACK);
        if (verifier != null) form.put("code_verifier", verifier);
        return form;
    }

    static JWTClaimsSet verified(String jwt) throws Exception {
        SignedJWT parsed = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.parse(fixture.get("/" + pool + "/.well-known/jwks.json").body());
        assertThat(parsed.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(parsed.getHeader().getKeyID())))).isTrue();
        return parsed.getJWTClaimsSet();
    }

    static void assertInvalidGrant(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aSignInWithPkceS256GivesACodeThatBuysTokensWithNonceAtHashAndAuthTime() throws Exception {
        String verifier = verifier();
        Instant signedInAt = CLOCK.instant();
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), "&scope=openid+email+aws.cognito.signin.user.admin&nonce=n-0S6"
                + "&code_challenge_method=S256&code_challenge=" + Pkce.s256(verifier)));
        assertThat(callback).containsEntry("state", "st-1").containsKey("code");

        HttpResponse<String> response = token(web, codeGrant(callback.get("code"), verifier));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = json(response);
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("refresh_token").asText()).isNotBlank();
        JWTClaimsSet id = verified(tokens.get("id_token").asText());
        String accessToken = tokens.get("access_token").asText();
        JWTClaimsSet access = verified(accessToken);
        assertThat(id.getAudience()).containsExactly(web.clientId());
        assertThat(id.getStringClaim("nonce")).isEqualTo("n-0S6");
        assertThat(id.getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(id.getLongClaim("auth_time")).isEqualTo(signedInAt.getEpochSecond());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
        assertThat(id.getStringClaim("at_hash")).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)));
        assertThat(access.getStringClaim("scope")).isEqualTo("openid email aws.cognito.signin.user.admin");
        assertThat(access.getStringClaim("username")).isEqualTo("alice");

        // The access token works with the API (the admin scope) and the refresh token at the token endpoint.
        assertThat(fixture.engine().getUser(GetUserRequest.builder().accessToken(accessToken).build()).username()).isEqualTo("alice");
        HttpResponse<String> refreshed = token(web, Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asText()));
        assertThat(refreshed.statusCode()).isEqualTo(200);

        // A code is single-use.
        assertInvalidGrant(token(web, codeGrant(callback.get("code"), verifier)));
    }

    @Test
    void aPlainPkceChallengeIsTheVerifierItself() throws Exception {
        String verifier = verifier();
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), "&scope=openid&code_challenge_method=plain&code_challenge=" + verifier));
        assertThat(token(web, codeGrant(callback.get("code"), verifier)).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongVerifierIsRefusedAndBurnsTheCode() throws Exception {
        String verifier = verifier();
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), "&code_challenge_method=S256&code_challenge=" + Pkce.s256(verifier)));
        assertInvalidGrant(token(web, codeGrant(callback.get("code"), verifier + "x")));
        assertInvalidGrant(token(web, codeGrant(callback.get("code"), verifier)));
    }

    @Test
    void aMissingVerifierIsRefusedWhenAChallengeWasSent() throws Exception {
        String verifier = verifier();
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), "&code_challenge_method=S256&code_challenge=" + Pkce.s256(verifier)));
        assertInvalidGrant(token(web, codeGrant(callback.get("code"), null)));
    }

    @Test
    void aCodeIsRefusedToAnotherClientAndStaysGoodForItsOwn() throws Exception {
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), ""));
        assertInvalidGrant(token(other, codeGrant(callback.get("code"), null)));
        assertThat(token(web, codeGrant(callback.get("code"), null)).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeIsRefusedForAnotherRedirectUri() throws Exception {
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), ""));
        Map<String, String> form = codeGrant(callback.get("code"), null);
        form.put("redirect_uri", CALLBACK + "/other");
        assertInvalidGrant(token(web, form));
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() throws Exception {
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), ""));
        CLOCK.advance(Duration.ofMinutes(5));
        assertInvalidGrant(token(web, codeGrant(callback.get("code"), null)));
    }

    @Test
    void anUnknownCodeIsInvalidGrant() throws Exception {
        assertInvalidGrant(token(web, codeGrant("no-such-code", null)));
    }

    @Test
    void anUnregisteredRedirectUriGetsAnErrorPageNeverARedirect() throws Exception {
        HttpResponse<String> response = browser.get("/" + domain + "/oauth2/authorize?response_type=code&client_id=" + web.clientId()
                + "&redirect_uri=https://evil.example.com/cb&state=s");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("redirect_mismatch").doesNotContain("evil.example.com");
        // Nor the login page: it answers as authorize does.
        HttpResponse<String> login = browser.get("/" + domain + "/login?response_type=code&client_id=" + web.clientId()
                + "&redirect_uri=https://evil.example.com/cb");
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anUnknownClientGetsAnErrorPage() throws Exception {
        HttpResponse<String> response = browser.get(authorizeUrl("nosuchclient", ""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aScopeTheClientIsNotAllowedIsInvalidScopeAtTheRedirectUriWithTheState() throws Exception {
        HttpResponse<String> response = browser.get(authorizeUrl(web.clientId(), "&scope=openid+phone"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HostedBrowser.params(HostedBrowser.location(response), false)).containsEntry("error", "invalid_scope").containsEntry("state", "st-1");
    }

    @Test
    void aFlowTheClientIsNotAllowedIsUnauthorizedClient() throws Exception {
        HttpResponse<String> response = browser.get("/" + domain + "/oauth2/authorize?response_type=token&client_id=" + web.clientId()
                + "&redirect_uri=" + CALLBACK + "&state=s2");
        assertThat(HostedBrowser.params(HostedBrowser.location(response), true)).containsEntry("error", "unauthorized_client")
                .containsEntry("state", "s2");
        HttpResponse<String> unsupported = browser.get("/" + domain + "/oauth2/authorize?response_type=id_token&client_id=" + web.clientId()
                + "&redirect_uri=" + CALLBACK);
        assertThat(HostedBrowser.params(HostedBrowser.location(unsupported), false)).containsEntry("error", "unsupported_response_type");
    }

    @Test
    void theImplicitFlowPutsTokensInTheFragmentForAClientAllowedIt() throws Exception {
        HttpResponse<String> login = browser.follow(browser.get("/" + domain + "/oauth2/authorize?response_type=token&client_id=" + spa.clientId()
                + "&redirect_uri=" + CALLBACK + "&state=imp&nonce=n1&scope=openid"));
        HttpResponse<String> answer = browser.submit(login, Map.of("username", "alice", "password", "Corr3ct-Horse!"));
        Map<String, String> fragment = HostedBrowser.params(HostedBrowser.location(answer), true);
        assertThat(fragment).containsEntry("state", "imp").containsEntry("token_type", "Bearer").doesNotContainKey("refresh_token");
        assertThat(verified(fragment.get("id_token")).getStringClaim("nonce")).isEqualTo("n1");
        assertThat(verified(fragment.get("access_token")).getStringClaim("scope")).isEqualTo("openid");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> login = browser.follow(browser.get(authorizeUrl(web.clientId(), "")));
        String action = "/" + domain + "/login?response_type=code&client_id=" + web.clientId() + "&redirect_uri=" + CALLBACK;
        HttpResponse<String> refused = browser.post(action, Map.of("username", "alice", "password", "Corr3ct-Horse!"));
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = browser.post(action, Map.of("username", "alice", "password", "Corr3ct-Horse!", "_csrf", "x".repeat(43)));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithCognitosMessage() throws Exception {
        HttpResponse<String> login = browser.follow(browser.get(authorizeUrl(web.clientId(), "")));
        HttpResponse<String> again = browser.submit(login, Map.of("username", "alice", "password", "wrong"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Incorrect username or password.");
    }

    @Test
    void aSignedInSessionIsAnsweredWithoutTheLoginPageUnlessPromptIsLogin() throws Exception {
        signIn(authorizeUrl(web.clientId(), ""));
        HttpResponse<String> again = browser.get(authorizeUrl(web.clientId(), ""));
        assertThat(HostedBrowser.location(again)).startsWith(CALLBACK + "?code=");
        HttpResponse<String> forced = browser.get(authorizeUrl(web.clientId(), "&prompt=login"));
        assertThat(HostedBrowser.location(forced)).contains("/" + domain + "/login?");
        HttpResponse<String> session = browser.get(authorizeUrl(web.clientId(), "&prompt=none"));
        assertThat(HostedBrowser.location(session)).startsWith(CALLBACK + "?code=");
    }

    @Test
    void promptNoneWithoutASessionIsLoginRequired() throws Exception {
        HttpResponse<String> response = browser.get(authorizeUrl(web.clientId(), "&prompt=none"));
        assertThat(HostedBrowser.params(HostedBrowser.location(response), false)).containsEntry("error", "login_required").containsEntry("state", "st-1");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = browser.follow(browser.get(authorizeUrl(web.clientId(), "")));
        HttpResponse<String> answer = browser.submit(login, Map.of("username", "alice", "password", "Corr3ct-Horse!"));
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("cognito=")
                .contains("HttpOnly", "SameSite=Lax", "Path=/" + domain).doesNotContain("Secure"));
    }

    @Test
    void userInfoAnswersTheClaimsOfTheGrantedScopes() throws Exception {
        Map<String, String> callback = signIn(authorizeUrl(web.clientId(), "&scope=openid+email"));
        String accessToken = json(token(web, codeGrant(callback.get("code"), null))).get("access_token").asText();
        HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/userInfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode claims = json(info);
        assertThat(claims.get("email").asText()).isEqualTo("alice@example.com");
        assertThat(claims.get("email_verified").asText()).isEqualTo("true");
        assertThat(claims.get("username").asText()).isEqualTo("alice");
        assertThat(claims.has("sub")).isTrue();

        assertThatThrownBy(() -> fixture.engine().getUser(GetUserRequest.builder().accessToken(accessToken).build()))
                .isInstanceOf(dev.cairn.api.error.NotAuthorizedException.class).hasMessage("Access Token does not have required scopes");

        browser = new HostedBrowser(fixture.endpoint());
        Map<String, String> noOpenid = signIn(authorizeUrl(web.clientId(), "&scope=email"));
        String emailOnly = json(token(web, codeGrant(noOpenid.get("code"), null))).get("access_token").asText();
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/userInfo"))
                .header("Authorization", "Bearer " + emailOnly).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = HTTP.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/userInfo"))
                .header("Authorization", "Bearer not.a.token").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(401);
        assertThat(invalid.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void logoutGoesOnlyToARegisteredLogoutUrlAndEndsTheSession() throws Exception {
        signIn(authorizeUrl(web.clientId(), ""));
        HttpResponse<String> refused = browser.get("/" + domain + "/logout?client_id=" + web.clientId() + "&logout_uri=https://evil.example.com/");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> out = browser.get("/" + domain + "/logout?client_id=" + web.clientId() + "&logout_uri=" + SIGNED_OUT);
        assertThat(HostedBrowser.location(out)).isEqualTo(SIGNED_OUT);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("cognito=;").contains("Max-Age=0"));
        HttpResponse<String> again = browser.get(authorizeUrl(web.clientId(), ""));
        assertThat(HostedBrowser.location(again)).contains("/login?");
    }

    @Test
    void theDomainIsServedByHostHeaderToo() {
        String reply = RawHttp.exchange(fixture.server.port(), "GET /oauth2/authorize?response_type=code&client_id=" + web.clientId()
                + "&redirect_uri=" + CALLBACK + " HTTP/1.1\r\nHost: " + domain + ".auth.us-east-1.amazoncognito.com\r\nConnection: close\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 302").contains("Location: /login?");
    }

    @Test
    void theDiscoveryDocumentNamesTheDomainsEndpoints() throws Exception {
        JsonNode doc = json(fixture.get("/" + pool + "/.well-known/openid-configuration"));
        String base = fixture.endpoint() + "/" + domain;
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(base + "/oauth2/authorize");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(base + "/oauth2/userInfo");
        assertThat(doc.get("end_session_endpoint").asText()).isEqualTo(base + "/logout");
        assertThat(doc.get("code_challenge_methods_supported").toString()).contains("S256", "plain");
        assertThat(doc.get("response_types_supported").toString()).contains("code", "token");
    }

    /** The system clock, moved forward on demand: codes expire without the test waiting. */
    static final class MovableClock extends java.time.Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
