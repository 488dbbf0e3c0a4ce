package dev.cairn.test.nodes;

import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.federation.FederatedSignIn;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.test.Requests;
import dev.cairn.test.federation.SamlIdp;
import dev.cairn.test.federation.SamlResponses;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Federated sign-in across engines sharing one PostgreSQL database: the state a node seals when it
 * sends the browser upstream is opened by any other node, a link made on one node is honoured by
 * the others, and two nodes racing on an identity's first sign-in create one federated user.
 */
class FederationAcrossNodesTest {

    static final String CALLBACK = "https://app.example.com/cb";
    static final String IDP_RESPONSE = "https://nodes.example.com/oauth2/idpresponse";
    static final String ACS = "https://nodes.example.com/saml2/idpresponse";
    static final SamlIdp IDP = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");

    record Setup(String pool, UserPoolClientType client) {
    }

    private static Setup setUp(CairnEngine a) {
        String pool = a.createUserPool(Requests.createUserPool("nodes-federation")).userPool().id();
        a.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Okta").providerType("SAML")
                .providerDetails(Map.of("MetadataFile", IDP.metadata())).attributeMapping(Map.of("email", "email")).build());
        UserPoolClientType client = a.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web").generateSecret(true)
                .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK).allowedOAuthScopes("openid")
                .supportedIdentityProviders("Okta").build()).userPoolClient();
        return new Setup(pool, client);
    }

    /** Sends the browser upstream on {@code node}: the AuthnRequest's ID and the RelayState. */
    private static String[] start(CairnEngine node, Setup s) throws Exception {
        AuthorizeAnswer answer = node.oauth2AuthorizeUpstream(s.pool(), new AuthorizeRequest("code", s.client().clientId(), CALLBACK, "st",
                "openid", null, null, null, null, "Okta", null), IDP_RESPONSE);
        String query = URI.create(((AuthorizeAnswer.Redirect) answer).location()).getRawQuery();
        String samlRequest = null;
        String relayState = null;
        for (String p : query.split("&")) {
            String v = URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8);
            if (p.startsWith("SAMLRequest=")) samlRequest = v;
            if (p.startsWith("RelayState=")) relayState = v;
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(samlRequest));
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) xml.write(buffer, 0, inflater.inflate(buffer));
        String id = SamlResponses.parse(xml.toString(StandardCharsets.UTF_8)).getDocumentElement().getAttribute("ID");
        return new String[]{id, relayState};
    }

    private static FederatedSignIn.Completion complete(CairnEngine node, Setup s, String[] started, String nameId) throws Exception {
        SamlResponses response = new SamlResponses(IDP, started[0], "urn:amazon:cognito:sp:" + s.pool(), ACS);
        response.nameId = nameId;
        response.now = node.clock().instant();
        response.attributes.put("email", nameId + "@example.com");
        return node.saml2IdpResponse(s.pool(), response.build(), started[1], IDP_RESPONSE);
    }

    private static String location(FederatedSignIn.Completion done) {
        return ((AuthorizeAnswer.Redirect) done.answer()).location();
    }

    @Test
    void aSignInStartedOnOneNodeCompletesOnTheOtherAndHonoursItsLinks() throws Exception {
        try (Deployment d = Deployment.of(2, 21)) {
            Setup s = setUp(d.node(0));
            assertThat(location(complete(d.node(1), s, start(d.node(0), s), "sam"))).contains("code=");
            assertThat(d.node(0).adminGetUser(AdminGetUserRequest.builder().userPoolId(s.pool()).username("Okta_sam").build()).userStatus())
                    .isEqualTo("EXTERNAL_PROVIDER");
            d.node(0).adminCreateUser(Requests.adminCreateUser(s.pool(), "native"));
            d.node(0).adminLinkProviderForUser(AdminLinkProviderForUserRequest.builder().userPoolId(s.pool())
                    .destinationUser(ProviderUserIdentifierType.builder().providerName("Cognito").providerAttributeValue("native").build())
                    .sourceUser(ProviderUserIdentifierType.builder().providerName("Okta").providerAttributeName("Cognito_Subject")
                            .providerAttributeValue("nina").build()).build());
            FederatedSignIn.Completion linked = complete(d.node(1), s, start(d.node(1), s), "nina");
            assertThat(location(linked)).contains("code=");
            assertThat(d.node(0).listUsers(ListUsersRequest.builder().userPoolId(s.pool()).build()).users())
                    .extracting(UserType::username).containsExactlyInAnyOrder("Okta_sam", "native");
        }
    }

    @Test
    void twoNodesRacingOnAnIdentitysFirstSignInCreateOneFederatedUser() throws Exception {
        try (Deployment d = Deployment.of(2, 22)) {
            Setup s = setUp(d.node(0));
            String[] first = start(d.node(0), s);
            String[] second = start(d.node(1), s);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<FederatedSignIn.Completion>> done = new ArrayList<>();
                done.add(executor.submit(() -> {
                    go.await();
                    return complete(d.node(0), s, first, "racer");
                }));
                done.add(executor.submit(() -> {
                    go.await();
                    return complete(d.node(1), s, second, "racer");
                }));
                go.countDown();
                for (Future<FederatedSignIn.Completion> f : done) assertThat(f.get().answer()).isInstanceOf(AuthorizeAnswer.Redirect.class);
            } finally {
                executor.shutdown();
            }
            assertThat(d.node(1).listUsers(ListUsersRequest.builder().userPoolId(s.pool()).build()).users())
                    .extracting(UserType::username).containsExactly("Okta_racer");
        }
    }
}
