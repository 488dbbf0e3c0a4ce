package dev.cairn.http;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.api.model.*;
import dev.cairn.test.federation.SamlIdp;
import dev.cairn.test.federation.SamlResponses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Inflater;

import static dev.cairn.http.WireErrors.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SAML 2.0 sign-in over HTTP: authorize with identity_provider sends the browser to the IdP with
 * an AuthnRequest (HTTP-Redirect binding); the IdP (this test, signing with the JDK's XML Signature
 * API) POSTs its Response to /saml2/idpresponse; the client gets a code whose tokens name the
 * federated user. The provider's metadata is fetched from its MetadataURL.
 */
class SamlFederationOverHttpTest {

    static final String CALLBACK = "https://app.example.com/callback";
    static final SamlIdp IDP = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");
    static WireFixture fixture;
    static HttpServer metadataServer;
    static String pool;
    static String domain;
    static UserPoolClientType web;
    HostedBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        metadataServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        metadataServer.createContext("/metadata", ex -> {
            byte[] b = IDP.metadata().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        metadataServer.start();
        fixture = new WireFixture();
        var engine = fixture.engine();
        pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("saml").build()).userPool().id();
        domain = "saml-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
        engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
        IdentityProviderType okta = engine.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Okta")
                .providerType("SAML").providerDetails(Map.of("MetadataURL", "http://127.0.0.1:" + metadataServer.getAddress().getPort() + "/metadata"))
                .attributeMapping(Map.of("email", "email")).build()).identityProvider();
        assertThat(okta.providerDetails()).containsEntry("SSORedirectBindingURI", "https://idp.example.com/sso");
        web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                .supportedIdentityProviders("Okta").allowedOAuthScopes("openid", "email").build()).userPoolClient();
    }

    @AfterAll
    static void stop() {
        fixture.close();
        metadataServer.stop(0);
    }

    @BeforeEach
    void newBrowser() {
        browser = new HostedBrowser(fixture.endpoint());
    }

    String acs() {
        return fixture.endpoint() + "/" + domain + "/saml2/idpresponse";
    }

    /** The IdP's side of the redirect: the AuthnRequest (inflated) and the RelayState. */
    Map<String, String> toIdp() throws Exception {
        HttpResponse<String> redirect = browser.get("/" + domain + "/oauth2/authorize?response_type=code&client_id=" + web.clientId()
                + "&redirect_uri=" + CALLBACK + "&state=app-state&scope=openid+email&identity_provider=Okta");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = HostedBrowser.location(redirect);
        assertThat(location).startsWith("https://idp.example.com/sso?SAMLRequest=");
        Map<String, String> params = HostedBrowser.params(location, false);
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(params.get("SAMLRequest")));
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) xml.write(buffer, 0, inflater.inflate(buffer));
        Element request = SamlResponses.parse(xml.toString(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(request.getLocalName()).isEqualTo("AuthnRequest");
        assertThat(request.getAttribute("AssertionConsumerServiceURL")).isEqualTo(acs());
        assertThat(request.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer").item(0).getTextContent())
                .isEqualTo("urn:amazon:cognito:sp:" + pool);
        return Map.of("ID", request.getAttribute("ID"), "RelayState", params.get("RelayState"));
    }

    HttpResponse<String> post(String samlResponse, String relayState) throws Exception {
        return browser.post("/" + domain + "/saml2/idpresponse", Map.of("SAMLResponse", samlResponse, "RelayState", relayState));
    }

    @Test
    void theIdpsSignedResponseSignsTheFederatedUserInAndTheClientGetsItsCode() throws Exception {
        Map<String, String> request = toIdp();
        SamlResponses response = new SamlResponses(IDP, request.get("ID"), "urn:amazon:cognito:sp:" + pool, acs());
        response.nameId = "sam@idp";
        response.attributes.put("email", "sam@example.com");
        HttpResponse<String> back = post(response.build(), request.get("RelayState"));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        Map<String, String> callback = HostedBrowser.params(HostedBrowser.location(back), false);
        assertThat(callback).containsEntry("state", "app-state").containsKey("code");
        String basic = Base64.getEncoder().encodeToString((web.clientId() + ":" + web.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/" + domain + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(HostedBrowser.encode(Map.of("grant_type", "authorization_code", "code", callback.get("code"),
                        "redirect_uri", CALLBACK)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).isEqualTo(200);
        var id = SignedJWT.parse(json(tokens).get("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getStringClaim("cognito:username")).isEqualTo("Okta_sam@idp");
        assertThat(id.getStringClaim("email")).isEqualTo("sam@example.com");
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("Okta_sam@idp").build()).userStatus())
                .isEqualTo("EXTERNAL_PROVIDER");
    }

    @Test
    void aResponseForAnotherAudienceOrUnsignedIsAnErrorAtTheCallback() throws Exception {
        Map<String, String> request = toIdp();
        SamlResponses other = new SamlResponses(IDP, request.get("ID"), "urn:amazon:cognito:sp:us-east-1_Other", acs());
        Map<String, String> refused = HostedBrowser.params(HostedBrowser.location(post(other.build(), request.get("RelayState"))), false);
        assertThat(refused).containsEntry("error", "invalid_request").containsEntry("state", "app-state").doesNotContainKey("code");
        assertThat(refused.get("error_description")).isEqualTo("The SAML response is refused: The Assertion is for another audience than urn:amazon:cognito:sp:"
                + pool + ".");
        SamlResponses unsigned = new SamlResponses(IDP, request.get("ID"), "urn:amazon:cognito:sp:" + pool, acs());
        unsigned.signAssertion = false;
        assertThat(HostedBrowser.params(HostedBrowser.location(post(unsigned.build(), request.get("RelayState"))), false).get("error_description"))
                .isEqualTo("The SAML response is refused: Neither the Response nor the Assertion is signed.");
    }

    @Test
    void aRelayStateThatIsNotThisPoolsIsAnErrorPage() throws Exception {
        SamlResponses response = new SamlResponses(IDP, "_x", "urn:amazon:cognito:sp:" + pool, acs());
        HttpResponse<String> page = post(response.build(), "forged");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("RelayState");
    }
}
