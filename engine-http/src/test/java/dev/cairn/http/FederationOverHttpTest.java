package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through an upstream OpenID Connect provider, against a real one: a second pool of the
 * same server, with its own domain and an app client whose callback is the first pool's
 * {@code /oauth2/idpresponse}. The browser goes from the app's authorize to the upstream's login
 * page and back, the app's client gets a code, and its tokens name the federated user. Also the
 * refusals a browser can cause: an unknown or disabled provider, a state that is not ours, an
 * upstream answer from another sign-in (wrong nonce), a refused upstream sign-in.
 */
class FederationOverHttpTest {

    static final String CALLBACK = "https://app.example.com/callback";
    static WireFixture fixture;
    static String origin;
    static String upstreamPool;
    static String upstreamDomain;
    static String appPool;
    static String appDomain;
    static UserPoolClientType upstreamClient;
    static UserPoolClientType web;
    static UserPoolClientType narrow;
    HostedBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        origin = "http://localhost:" + port;
        // Tokens name this server as their issuer, so the upstream pool's discovery document is where its issuer says.
        fixture = new WireFixture(e -> e.issuerBase(origin), s -> s.port(port));
        var engine = fixture.engine();
        upstreamPool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("upstream").build()).userPool().id();
        upstreamDomain = "up-" + upstreamPool.substring(upstreamPool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(upstreamPool).domain(upstreamDomain).build());
        appPool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("app").build()).userPool().id();
        appDomain = "app-" + appPool.substring(appPool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(appPool).domain(appDomain).build());
        String idpResponse = origin + "/" + appDomain + "/oauth2/idpresponse";
        upstreamClient = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(upstreamPool).clientName("cairn-app")
                .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(idpResponse)
                .allowedOAuthScopes("openid", "email", "profile").build()).userPoolClient();
        for (String user : List.of("carol", "dave", "erin", "frank")) {
            engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(upstreamPool).username(user).messageAction("SUPPRESS")
                    .userAttributes(AttributeType.builder().name("email").value(user + "@upstream.example").build(),
                            AttributeType.builder().name("email_verified").value("true").build()).build());
            engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(upstreamPool).username(user)
                    .password("Upstr3am-Pass!").permanent(true).build());
        }
        String issuer = origin + "/" + upstreamPool;
        engine.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(appPool).providerName("Upstream").providerType("OIDC")
                .providerDetails(Map.of("client_id", upstreamClient.clientId(), "client_secret", upstreamClient.clientSecret(),
                        "authorize_scopes", "openid email", "oidc_issuer", issuer, "attributes_request_method", "GET"))
                // preferred_username from the upstream's userInfo, whose username claim its ID token does not carry.
                .attributeMapping(Map.of("email", "email", "preferred_username", "username")).idpIdentifiers("upstream.example").build());
        // The same upstream with its endpoints named, so no discovery and no PKCE: only the nonce ties its answer to a sign-in.
        String upstreamBase = origin + "/" + upstreamDomain;
        engine.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(appPool).providerName("Manual").providerType("OIDC")
                .providerDetails(Map.of("client_id", upstreamClient.clientId(), "client_secret", upstreamClient.clientSecret(),
                        "authorize_scopes", "openid email", "oidc_issuer", issuer, "attributes_request_method", "GET",
                        "authorize_url", upstreamBase + "/oauth2/authorize", "token_url", upstreamBase + "/oauth2/token",
                        "jwks_uri", origin + "/" + upstreamPool + "/.well-known/jwks.json"))
                .attributeMapping(Map.of("email", "email")).build());
        web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(appPool).clientName("web").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                .supportedIdentityProviders("COGNITO", "Upstream", "Manual").allowedOAuthScopes("openid", "email").build()).userPoolClient();
        narrow = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(appPool).clientName("narrow").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                .supportedIdentityProviders("COGNITO").allowedOAuthScopes("openid", "email").build()).userPoolClient();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void newBrowser() {
        browser = new HostedBrowser(fixture.endpoint());
    }

    static String authorize(UserPoolClientType client, String extra) {
        return "/" + appDomain + "/oauth2/authorize?response_type=code&client_id=" + client.clientId() + "&redirect_uri=" + CALLBACK
                + "&state=app-state&scope=openid+email" + extra;
    }

    /** From the app's authorize through the upstream login page to the app's callback: its parameters. */
    Map<String, String> signInUpstream(String authorizeUrl, String username) throws Exception {
        HttpResponse<String> toUpstream = browser.get(authorizeUrl);
        assertThat(toUpstream.statusCode()).isEqualTo(302);
        assertThat(HostedBrowser.location(toUpstream)).startsWith(origin + "/" + upstreamDomain + "/oauth2/authorize?");
        HttpResponse<String> login = browser.follow(toUpstream);
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> back = browser.follow(browser.submit(login, Map.of("username", username, "password", "Upstr3am-Pass!")));
        assertThat(back.statusCode()).isEqualTo(302);
        String location = HostedBrowser.location(back);
        assertThat(location).startsWith(CALLBACK + "?");
        return HostedBrowser.params(location, false);
    }

    /** The app client redeems its code at the app pool's token endpoint; the ID token, verified against the app pool's JWKS. */
    JWTClaimsSet tokensFor(String code) throws Exception {
        String basic = Base64.getEncoder().encodeToString((web.clientId() + ":" + web.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin + "/" + appDomain + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(HostedBrowser.encode(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", CALLBACK)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT parsed = SignedJWT.parse(json(tokens).get("id_token").asText());
        JWKSet keys = JWKSet.parse(fixture.get("/" + appPool + "/.well-known/jwks.json").body());
        assertThat(parsed.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(parsed.getHeader().getKeyID())))).isTrue();
        assertThat(parsed.getJWTClaimsSet().getIssuer()).isEqualTo(origin + "/" + appPool);
        return parsed.getJWTClaimsSet();
    }

    static String upstreamSub(String username) {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(upstreamPool).username(username).build()).userAttributes()
                .stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
    }

    static AdminGetUserResponse appUser(String username) {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(appPool).username(username).build());
    }

    static String attribute(AdminGetUserResponse user, String name) {
        return user.userAttributes().stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }

    @Test
    void aSignInThroughTheUpstreamPoolCreatesTheFederatedUserAndItsCodeBuysTokensNamingIt() throws Exception {
        Map<String, String> callback = signInUpstream(authorize(web, "&identity_provider=Upstream&nonce=app-nonce"), "carol");
        assertThat(callback).containsEntry("state", "app-state").containsKey("code");
        JWTClaimsSet id = tokensFor(callback.get("code"));
        String username = "Upstream_" + upstreamSub("carol");
        assertThat(id.getStringClaim("cognito:username")).isEqualTo(username);
        assertThat(id.getStringClaim("email")).isEqualTo("carol@upstream.example");
        assertThat(id.getStringClaim("nonce")).isEqualTo("app-nonce");
        List<Object> identities = id.getListClaim("identities");
        assertThat(identities).hasSize(1);
        assertThat((Map<String, Object>) identities.get(0)).containsEntry("userId", upstreamSub("carol"))
                .containsEntry("providerName", "Upstream").containsEntry("providerType", "OIDC").containsEntry("primary", "true");
        AdminGetUserResponse user = appUser(username);
        assertThat(user.userStatus()).isEqualTo("EXTERNAL_PROVIDER");
        assertThat(attribute(user, "email")).isEqualTo("carol@upstream.example");
        assertThat(attribute(user, "preferred_username")).as("from the upstream's userInfo").isEqualTo("carol");
        assertThat(attribute(user, "identities")).contains("\"providerName\":\"Upstream\"");
        var created = fixture.engine().audit().userHistory(appPool, username).get(0);
        assertThat(created.type()).isEqualTo("cairn.user.UserCreated");
        assertThat(created.context().actor()).isEqualTo("federation");
        assertThat(created.context().sourceIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void theNextSignInIsTheSameUserWithItsMappedAttributesBroughtUpToDate() throws Exception {
        signInUpstream(authorize(web, "&identity_provider=Upstream"), "dave");
        fixture.engine().adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(upstreamPool).username("dave")
                .userAttributes(AttributeType.builder().name("email").value("dave@new.example").build()).build());
        browser = new HostedBrowser(fixture.endpoint());
        Map<String, String> callback = signInUpstream(authorize(web, "&idp_identifier=upstream.example"), "dave");
        JWTClaimsSet id = tokensFor(callback.get("code"));
        assertThat(id.getStringClaim("cognito:username")).isEqualTo("Upstream_" + upstreamSub("dave"));
        assertThat(attribute(appUser("Upstream_" + upstreamSub("dave")), "email")).isEqualTo("dave@new.example");
        long federated = fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(appPool).build()).users().stream()
                .filter(u -> u.username().equals("Upstream_" + upstreamSub("dave"))).count();
        assertThat(federated).isEqualTo(1);
    }

    @Test
    void anIdentityLinkedToANativeUserSignsInAsThatUser() throws Exception {
        fixture.engine().adminCreateUser(AdminCreateUserRequest.builder().userPoolId(appPool).username("erin-native").messageAction("SUPPRESS").build());
        fixture.engine().adminLinkProviderForUser(AdminLinkProviderForUserRequest.builder().userPoolId(appPool)
                .destinationUser(ProviderUserIdentifierType.builder().providerName("Cognito").providerAttributeValue("erin-native").build())
                .sourceUser(ProviderUserIdentifierType.builder().providerName("Upstream").providerAttributeName("Cognito_Subject")
                        .providerAttributeValue(upstreamSub("erin")).build()).build());
        JWTClaimsSet id = tokensFor(signInUpstream(authorize(web, "&identity_provider=Upstream"), "erin").get("code"));
        assertThat(id.getStringClaim("cognito:username")).isEqualTo("erin-native");
        assertThat(fixture.engine().listUsers(ListUsersRequest.builder().userPoolId(appPool).build()).users())
                .noneMatch(u -> u.username().equals("Upstream_" + upstreamSub("erin")));
    }

    @Test
    void aDisabledFederatedUserIsRefusedAtTheCallback() throws Exception {
        signInUpstream(authorize(web, "&identity_provider=Upstream"), "frank");
        fixture.engine().adminDisableProviderForUser(AdminDisableProviderForUserRequest.builder().userPoolId(appPool)
                .user(ProviderUserIdentifierType.builder().providerName("Upstream").providerAttributeName("Cognito_Subject")
                        .providerAttributeValue(upstreamSub("frank")).build()).build());
        assertThat(appUser("Upstream_" + upstreamSub("frank")).enabled()).isFalse();
        browser = new HostedBrowser(fixture.endpoint());
        Map<String, String> callback = signInUpstream(authorize(web, "&identity_provider=Upstream"), "frank");
        assertThat(callback).containsEntry("error", "invalid_request").containsEntry("error_description", "User is disabled.")
                .containsEntry("state", "app-state").doesNotContainKey("code");
    }

    @Test
    void anUnknownProviderOrOneTheClientDoesNotEnableIsAnErrorAtTheCallback() throws Exception {
        Map<String, String> unknown = HostedBrowser.params(HostedBrowser.location(browser.get(authorize(web, "&identity_provider=Nope"))), false);
        assertThat(unknown).containsEntry("error", "invalid_request").containsEntry("state", "app-state");
        assertThat(unknown.get("error_description")).isEqualTo("The identity provider Nope does not exist in this user pool.");
        Map<String, String> disabled = HostedBrowser.params(HostedBrowser.location(browser.get(authorize(narrow, "&identity_provider=Upstream"))), false);
        assertThat(disabled.get("error_description")).isEqualTo("The identity provider Upstream is not enabled for this app client.");
        HttpResponse<String> unregistered = browser.get("/" + appDomain + "/oauth2/authorize?response_type=code&client_id=" + web.clientId()
                + "&redirect_uri=https://evil.example/cb&identity_provider=Upstream");
        assertThat(unregistered.statusCode()).isEqualTo(400);
    }

    @Test
    void aStateThatIsNotThisPoolsIsAnErrorPageNeverARedirect() throws Exception {
        HttpResponse<String> forged = browser.get("/" + appDomain + "/oauth2/idpresponse?code=abc&state=forged");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("invalid_request");
        // A real state of the app pool, replayed to the upstream pool's own idpresponse: not that pool's.
        String upstreamAuthorize = HostedBrowser.location(browser.get(authorize(web, "&identity_provider=Upstream")));
        String state = HostedBrowser.params(upstreamAuthorize, false).get("state");
        HttpResponse<String> elsewhere = browser.get("/" + upstreamDomain + "/oauth2/idpresponse?code=abc&state=" + state);
        assertThat(elsewhere.statusCode()).isEqualTo(400);
    }

    @Test
    void anUpstreamAnswerForAnotherSignInIsRefusedByItsNonce() throws Exception {
        // Two sign-ins start; the upstream's answer to the second is delivered with the state of the first.
        String first = HostedBrowser.location(browser.get(authorize(web, "&identity_provider=Manual")));
        assertThat(first).doesNotContain("code_challenge");
        String firstState = HostedBrowser.params(first, false).get("state");
        HttpResponse<String> second = browser.get(authorize(web, "&identity_provider=Manual"));
        HttpResponse<String> login = browser.follow(second);
        HttpResponse<String> upstreamAnswer = browser.submit(login, Map.of("username", "carol", "password", "Upstr3am-Pass!"));
        String toIdpResponse = HostedBrowser.location(upstreamAnswer);
        assertThat(toIdpResponse).startsWith(origin + "/" + appDomain + "/oauth2/idpresponse?");
        Map<String, String> answer = HostedBrowser.params(toIdpResponse, false);
        HttpResponse<String> mixedUp = browser.get("/" + appDomain + "/oauth2/idpresponse?code=" + answer.get("code") + "&state=" + firstState);
        Map<String, String> callback = HostedBrowser.params(HostedBrowser.location(mixedUp), false);
        assertThat(callback).containsEntry("error", "invalid_request").doesNotContainKey("code");
        assertThat(callback.get("error_description")).isEqualTo("The provider's ID token does not carry this sign-in's nonce.");
    }

    @Test
    void anUpstreamRefusalOrACodeItDoesNotKnowComesBackAsAnError() throws Exception {
        String state = HostedBrowser.params(HostedBrowser.location(browser.get(authorize(web, "&identity_provider=Upstream"))), false).get("state");
        Map<String, String> denied = HostedBrowser.params(HostedBrowser.location(browser.get("/" + appDomain
                + "/oauth2/idpresponse?error=access_denied&state=" + state)), false);
        assertThat(denied.get("error_description")).isEqualTo("The provider refused the sign-in: access_denied.");
        Map<String, String> badCode = HostedBrowser.params(HostedBrowser.location(browser.get("/" + appDomain
                + "/oauth2/idpresponse?code=not-a-code&state=" + state)), false);
        assertThat(badCode.get("error_description")).isEqualTo("The provider refused the code: invalid_grant.");
        assertThat(badCode).containsEntry("state", "app-state");
        JsonNode discovery = json(fixture.get("/" + upstreamPool + "/.well-known/openid-configuration"));
        assertThat(discovery.get("issuer").asText()).isEqualTo(origin + "/" + upstreamPool);
    }
}
