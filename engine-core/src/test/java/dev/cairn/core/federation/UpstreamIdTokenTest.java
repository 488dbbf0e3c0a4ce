package dev.cairn.core.federation;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.api.model.IdentityProviderType;
import dev.cairn.core.token.Jwks;
import dev.cairn.core.token.JwtSigner;
import dev.cairn.core.token.SigningKey;
import dev.cairn.core.userpool.PoolOAuth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upstream ID token checks that a well-behaved upstream never makes fail (FederationOverHttpTest
 * drives a real one): tokens crafted here, signed by a key whose JWKS a small local HTTP server
 * publishes with a discovery document, as a misbehaving or hostile provider would send them.
 */
class UpstreamIdTokenTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final SigningKey key = SigningKey.generate(new SecureRandom());
    private final SigningKey stranger = SigningKey.generate(new SecureRandom());
    private final HttpServer server;
    private final String issuer;
    private final UpstreamOidc upstream = new UpstreamOidc(new MetadataDocuments());

    UpstreamIdTokenTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/idp";
        server.createContext("/idp/.well-known/openid-configuration", ex -> reply(ex, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\""
                + issuer + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"userinfo_endpoint\":\"" + issuer + "/userinfo\",\"code_challenge_methods_supported\":[\"S256\"]}"));
        server.createContext("/idp/userinfo", ex -> {
            boolean ours = "Bearer token-of-upstream-sub".equals(ex.getRequestHeaders().getFirst("Authorization"));
            reply(ex, "{\"sub\":\"" + (ours ? "upstream-sub" : "someone-else") + "\",\"nickname\":\"up\",\"iss\":\"https://evil.example\"}");
        });
        server.createContext("/idp/jwks", ex -> reply(ex, Jwks.of(key.publicKey()).toJson()));
        server.start();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String body) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private UpstreamOidc.Endpoints endpoints() {
        return upstream.endpoints(new PoolOAuth.IdentityProvider(IdentityProviderType.builder().providerName("Corp").providerType("OIDC")
                .providerDetails(Map.of("oidc_issuer", issuer, "client_id", "our-client")).build(), Map.of(), null));
    }

    private Map<String, Object> claims() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", issuer);
        c.put("sub", "upstream-sub");
        c.put("aud", "our-client");
        c.put("nonce", "our-nonce");
        c.put("iat", NOW.getEpochSecond() - 10);
        c.put("exp", NOW.getEpochSecond() + 300);
        return c;
    }

    private Map<String, Object> verify(SigningKey signer, Map<String, Object> claims) {
        return upstream.verify(endpoints(), new JwtSigner(signer).sign(claims), "our-client", "our-nonce", NOW);
    }

    @Test
    void discoveryGivesTheEndpointsAndPkceSupport() {
        UpstreamOidc.Endpoints e = endpoints();
        assertThat(e.authorizationEndpoint()).isEqualTo(issuer + "/authorize");
        assertThat(e.tokenEndpoint()).isEqualTo(issuer + "/token");
        assertThat(e.pkceS256()).isTrue();
    }

    @Test
    void aTokenOfTheProviderForUsWithOurNonceIsAccepted() {
        assertThat(verify(key, claims())).containsEntry("sub", "upstream-sub");
        Map<String, Object> twoAudiences = claims();
        twoAudiences.put("aud", List.of("our-client", "another"));
        twoAudiences.put("azp", "our-client");
        assertThat(verify(key, twoAudiences)).containsEntry("azp", "our-client");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        Map<String, Object> c = claims();
        c.put("aud", "someone-else");
        assertThatThrownBy(() -> verify(key, c)).hasMessage("The provider's ID token is not for this client (aud).");
        c.put("aud", List.of("our-client", "someone-else"));
        assertThatThrownBy(() -> verify(key, c)).hasMessage("The provider's ID token is not authorized for this client (azp).");
    }

    @Test
    void userInfoAddsClaimsForTheSameSubOnlyAndNeverReplacesTheTokensOwn() {
        Map<String, Object> merged = upstream.withUserInfo(endpoints(), verify(key, claims()), "token-of-upstream-sub", "GET");
        assertThat(merged).containsEntry("nickname", "up").containsEntry("iss", issuer).containsEntry("sub", "upstream-sub");
        assertThatThrownBy(() -> upstream.withUserInfo(endpoints(), verify(key, claims()), "token-of-another", "GET"))
                .hasMessage("The provider's userInfo answers for another sub.");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Map<String, Object> c = claims();
        c.put("exp", NOW.getEpochSecond());
        assertThatThrownBy(() -> verify(key, c)).hasMessageContaining("exp has passed");
    }

    @Test
    void aWrongNonceOrIssuerOrNoSubjectIsRefused() {
        Map<String, Object> nonce = claims();
        nonce.put("nonce", "their-nonce");
        assertThatThrownBy(() -> verify(key, nonce)).hasMessage("The provider's ID token does not carry this sign-in's nonce.");
        Map<String, Object> issuer = claims();
        issuer.put("iss", "https://evil.example");
        assertThatThrownBy(() -> verify(key, issuer)).hasMessageContaining("iss is not");
        Map<String, Object> noSub = claims();
        noSub.remove("sub");
        assertThatThrownBy(() -> verify(key, noSub)).hasMessage("The provider's ID token has no sub.");
    }

    @Test
    void aTokenSignedByAKeyTheProviderDoesNotPublishOrUnsignedIsRefused() {
        assertThatThrownBy(() -> verify(stranger, claims())).hasMessageContaining("kid is not published");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + issuer + "\",\"sub\":\"x\",\"aud\":\"our-client\",\"nonce\":\"our-nonce\",\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".";
        assertThatThrownBy(() -> upstream.verify(endpoints(), none, "our-client", "our-nonce", NOW)).hasMessageContaining("only RS256");
    }
}
