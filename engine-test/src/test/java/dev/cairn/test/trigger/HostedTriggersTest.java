package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.cairn.api.error.UserLambdaValidationException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthorizationCodeRedeemed;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.CreateIdentityProviderRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.PreTokenGenerationVersionConfigType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.federation.FederatedSignIn;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.core.oauth.TokenResponse;
import dev.cairn.test.federation.SamlIdp;
import dev.cairn.test.federation.SamlResponses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Inflater;

import static dev.cairn.test.trigger.SignInTriggersTest.PASSWORD;
import static dev.cairn.test.trigger.SignInTriggersTest.claims;
import static dev.cairn.test.trigger.SignInTriggersTest.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The triggers of the hosted pages and federation, each through both invokers: PreAuthentication and
 * PostAuthentication on a hosted-page sign-in, PreTokenGeneration (TokenGeneration_HostedAuth) when
 * /oauth2/token redeems a code and for the implicit grant, PreSignUp_ExternalProvider when federation
 * creates a user.
 */
class HostedTriggersTest {

    static final String CALLBACK = "https://app.example.com/cb";
    static final String IDP_RESPONSE = "https://auth.example.com/oauth2/idpresponse";
    static final String ACS = "https://auth.example.com/saml2/idpresponse";
    static final SamlIdp IDP = new SamlIdp("https://idp.example.com/saml", "https://idp.example.com/sso");

    private static UserPoolClientType webClient(Functions f, String pool, String flow) {
        return webClient(f, pool, flow, "COGNITO");
    }

    private static UserPoolClientType webClient(Functions f, String pool, String flow, String... providers) {
        return f.fixture.given(api -> api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("hosted")
                .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(flow).callbackURLs(CALLBACK)
                .allowedOAuthScopes("openid", "email").supportedIdentityProviders(providers).build())).userPoolClient();
    }

    private static AuthorizeRequest authorize(UserPoolClientType client, String responseType) {
        return new AuthorizeRequest(responseType, client.clientId(), CALLBACK, "st", "openid email", "n", null, null, null, null, null);
    }

    /** Signs in on the hosted page and answers the authorization request with the session: the redirect's location. */
    private static String signedInAuthorize(Functions f, String pool, UserPoolClientType client, String responseType) {
        String session = f.fixture.engine().hostedSignIn(pool, client.clientId(), "ann", PASSWORD, null).sessionCookie();
        return ((AuthorizeAnswer.Redirect) f.fixture.engine().oauth2Authorize(pool, authorize(client, responseType), session)).location();
    }

    private static Map<String, String> params(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : encoded.split("&")) {
            out.put(p.substring(0, p.indexOf('=')), URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static TokenRequest redeem(UserPoolClientType client, String location) {
        return new TokenRequest("authorization_code", client.clientId(), client.clientSecret(), null, null,
                params(URI.create(location).getRawQuery()).get("code"), CALLBACK, null);
    }

    private static PreTokenGenerationVersionConfigType version(String v, String function) {
        return PreTokenGenerationVersionConfigType.builder().lambdaVersion(v).lambdaArn(Functions.arn(function)).build();
    }

    // ------------------------------------------------------------------ hosted sign-in

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aHostedPageSignInRunsPreAndPostAuthentication(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("gate", Functions.answering(e -> e), "after", Functions.answering(e -> e)))) {
            String pool = f.pool(t -> t.preAuthentication(Functions.arn("gate")).postAuthentication(Functions.arn("after")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "code");
            f.fixture.when(api -> api.hostedSignIn(pool, web.clientId(), "ann", PASSWORD, null))
                    .expectEvents(LambdaTriggerInvoked.class, SignedIn.class, LambdaTriggerInvoked.class)
                    .expectResult(r -> assertThat(r.sessionCookie()).isNotBlank());
            assertThat(f.events()).extracting(e -> e.get("triggerSource").asText())
                    .containsExactly("PreAuthentication_Authentication", "PostAuthentication_Authentication");
            assertThat(f.events()).allSatisfy(e -> assertThat(e.at("/callerContext/clientId").asText()).isEqualTo(web.clientId()));
            assertThat(f.events().get(0).toString()).doesNotContain(PASSWORD);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreAuthenticationStopsAHostedPageSignIn(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("gate", Functions.refusing("Outside office hours")))) {
            String pool = f.pool(t -> t.preAuthentication(Functions.arn("gate")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "code");
            f.fixture.when(api -> api.hostedSignIn(pool, web.clientId(), "ann", PASSWORD, null))
                    .expectFailure(UserLambdaValidationException.class, "PreAuthentication failed with error Outside office hours.")
                    .expectEvents(LambdaTriggerInvoked.class);
        }
    }

    // ------------------------------------------------------------------ TokenGeneration_HostedAuth

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void redeemingACodeRunsPreTokenGenerationV2WithTheGrantedScopes(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ObjectNode details = ((ObjectNode) e.get("response")).putObject("claimsAndScopeOverrideDetails");
            details.putObject("idTokenGeneration").putObject("claimsToAddOrOverride").put("plan", "gold");
            ObjectNode access = details.putObject("accessTokenGeneration");
            access.putObject("claimsToAddOrOverride").put("tier", 3);
            access.putArray("scopesToSuppress").add("email");
            return e;
        })))) {
            String pool = f.pool(t -> t.preTokenGenerationConfig(version("V2_0", "claims")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "code");
            String location = signedInAuthorize(f, pool, web, "code");
            assertThat(f.events()).as("no tokens at the hosted sign-in").isEmpty();
            TokenResponse tokens = f.fixture.engine().oauth2Token(pool, redeem(web, location));
            assertThat(claims(tokens.idToken()).getStringClaim("plan")).isEqualTo("gold");
            JWTClaimsSet access = claims(tokens.accessToken());
            assertThat(access.getLongClaim("tier")).isEqualTo(3L);
            assertThat(access.getStringClaim("scope")).isEqualTo("openid");
            ObjectNode event = f.lastEvent();
            assertThat(event.get("version").asText()).isEqualTo("2");
            assertThat(event.get("triggerSource").asText()).isEqualTo("TokenGeneration_HostedAuth");
            assertThat(event.get("userName").asText()).isEqualTo("ann");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(web.clientId());
            assertThat(event.at("/request/scopes").toString()).isEqualTo("[\"openid\",\"email\"]");
            assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("ann@example.com");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreTokenGenerationAtTheTokenEndpointIsAnInvalidRequestAndIssuesNothing(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("claims", Functions.refusing("No tokens today")))) {
            String pool = f.pool(t -> t.preTokenGenerationConfig(version("V3_0", "claims")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "code");
            String location = signedInAuthorize(f, pool, web, "code");
            var refused = f.fixture.when(api -> api.oauth2Token(pool, redeem(web, location)))
                    .expectEvents(AuthorizationCodeRedeemed.class, LambdaTriggerInvoked.class);
            assertThat(refused.error()).isInstanceOfSatisfying(OAuthException.class, e -> {
                assertThat(e.error()).isEqualTo("invalid_request");
                assertThat(e.getMessage()).isEqualTo("PreTokenGeneration failed with error No tokens today.");
            });
            assertThat(f.lastEvent().get("version").asText()).isEqualTo("3");
            assertThat(f.invocations()).extracting(LambdaTriggerInvoked::outcome).containsExactly("REFUSED");
            assertThatThrownBy(() -> f.fixture.engine().oauth2Token(pool, redeem(web, location)))
                    .as("the code was spent").isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void theImplicitGrantRunsPreTokenGenerationV1OnItsIdToken(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).putObject("claimsOverrideDetails").putObject("claimsToAddOrOverride")
                    .put("source", e.get("triggerSource").asText());
            return e;
        })))) {
            String pool = f.pool(t -> t.preTokenGeneration(Functions.arn("claims")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "implicit");
            Map<String, String> fragment = params(URI.create(signedInAuthorize(f, pool, web, "token")).getRawFragment());
            assertThat(claims(fragment.get("id_token")).getStringClaim("source")).isEqualTo("TokenGeneration_HostedAuth");
            assertThat(claims(fragment.get("access_token")).getClaim("source")).as("V1 changes the ID token only").isNull();
            assertThat(f.lastEvent().get("version").asText()).isEqualTo("1");
            assertThat(f.lastEvent().at("/request/scopes").isMissingNode()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreTokenGenerationOnTheImplicitGrantAnswersAtTheRedirectUri(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("claims", Functions.refusing("No tokens today")))) {
            String pool = f.pool(t -> t.preTokenGeneration(Functions.arn("claims")))[0];
            user(f, pool, "ann");
            UserPoolClientType web = webClient(f, pool, "implicit");
            String session = f.fixture.engine().hostedSignIn(pool, web.clientId(), "ann", PASSWORD, null).sessionCookie();
            f.fixture.when(api -> api.oauth2Authorize(pool, authorize(web, "token"), session))
                    .expectEvents(LambdaTriggerInvoked.class)
                    .expectResult(a -> {
                        Map<String, String> fragment = params(URI.create(((AuthorizeAnswer.Redirect) a).location()).getRawFragment());
                        assertThat(fragment).containsEntry("error", "invalid_request")
                                .containsEntry("error_description", "PreTokenGeneration failed with error No tokens today.")
                                .containsEntry("state", "st").doesNotContainKey("access_token");
                    });
        }
    }

    // ------------------------------------------------------------------ PreSignUp_ExternalProvider

    /** A SAML sign-in through Okta for {@code nameId}, from the authorization request to the provider's answer. */
    private static FederatedSignIn.Completion federatedSignIn(Functions f, String pool, UserPoolClientType client, String nameId) throws Exception {
        AuthorizeAnswer answer = f.fixture.engine().oauth2AuthorizeUpstream(pool, new AuthorizeRequest("code", client.clientId(), CALLBACK, "st",
                "openid", null, null, null, null, "Okta", null), IDP_RESPONSE);
        Map<String, String> query = params(URI.create(((AuthorizeAnswer.Redirect) answer).location()).getRawQuery());
        Inflater inflater = new Inflater(true);
        inflater.setInput(Base64.getDecoder().decode(query.get("SAMLRequest")));
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!inflater.finished()) xml.write(buffer, 0, inflater.inflate(buffer));
        String requestId = SamlResponses.parse(xml.toString(StandardCharsets.UTF_8)).getDocumentElement().getAttribute("ID");
        SamlResponses response = new SamlResponses(IDP, requestId, "urn:amazon:cognito:sp:" + pool, ACS);
        response.nameId = nameId;
        response.now = f.fixture.clock().instant();
        response.attributes.put("mail", nameId + "@example.com");
        return f.fixture.engine().saml2IdpResponse(pool, response.build(), query.get("RelayState"), IDP_RESPONSE);
    }

    private static UserPoolClientType federatedPool(Functions f, String[] poolHolder, java.util.function.UnaryOperator<dev.cairn.api.model.LambdaConfigType.Builder> t) {
        String pool = f.pool(t)[0];
        poolHolder[0] = pool;
        f.fixture.givenThat(api -> api.createIdentityProvider(CreateIdentityProviderRequest.builder().userPoolId(pool).providerName("Okta")
                .providerType("SAML").providerDetails(Map.of("MetadataFile", IDP.metadata())).attributeMapping(Map.of("email", "mail")).build()));
        return webClient(f, pool, "code", "COGNITO", "Okta");
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aNewFederatedUserRunsPreSignUpExternalProviderWithItsMappedAttributes(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("gate", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).put("autoConfirmUser", true).put("autoVerifyEmail", true);
            return e;
        })))) {
            String[] pool = new String[1];
            UserPoolClientType web = federatedPool(f, pool, t -> t.preSignUp(Functions.arn("gate")));
            FederatedSignIn.Completion done = federatedSignIn(f, pool[0], web, "sam");
            assertThat(((AuthorizeAnswer.Redirect) done.answer()).location()).contains("code=");
            ObjectNode event = f.lastEvent();
            assertThat(event.get("triggerSource").asText()).isEqualTo("PreSignUp_ExternalProvider");
            assertThat(event.get("userName").asText()).isEqualTo("Okta_sam");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(web.clientId());
            assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("sam@example.com");
            var user = f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool[0]).username("Okta_sam").build());
            assertThat(user.userStatus()).as("autoConfirmUser means nothing for an external user").isEqualTo("EXTERNAL_PROVIDER");
            assertThat(user.userAttributes()).noneMatch(a -> a.name().equals("email_verified") && a.value().equals("true"));

            federatedSignIn(f, pool[0], web, "sam");
            assertThat(f.events()).as("a returning federated user signs up once").hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreSignUpExternalProviderStopsTheFederatedSignInAtTheRedirectUri(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("gate", Functions.refusing("Partners only")))) {
            String[] pool = new String[1];
            UserPoolClientType web = federatedPool(f, pool, t -> t.preSignUp(Functions.arn("gate")));
            FederatedSignIn.Completion done = federatedSignIn(f, pool[0], web, "sam");
            assertThat(done.sessionCookie()).isNull();
            Map<String, String> query = params(URI.create(((AuthorizeAnswer.Redirect) done.answer()).location()).getRawQuery());
            assertThat(query).containsEntry("error", "invalid_request")
                    .containsEntry("error_description", "PreSignUp failed with error Partners only.").containsEntry("state", "st");
            assertThat(f.invocations()).extracting(LambdaTriggerInvoked::triggerSource).containsExactly("PreSignUp_ExternalProvider");
            assertThat(f.fixture.engine().axon().readAll().map(m -> m.getPayload()).filter(p -> p instanceof UserCreated).toList()).isEmpty();
            assertThatThrownBy(() -> f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool[0]).username("Okta_sam").build()))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void everyFederatedSignInRunsPostAuthenticationAndARefusalAnswersAtTheRedirectUri(Functions.Invoker how) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean refuse = new java.util.concurrent.atomic.AtomicBoolean(false);
        try (Functions f = new Functions(how, Map.of("after", event -> {
            if (refuse.get()) throw new IllegalStateException("Audit log is down");
            return event;
        }))) {
            String[] pool = new String[1];
            UserPoolClientType web = federatedPool(f, pool, t -> t.postAuthentication(Functions.arn("after")));
            assertThat(((AuthorizeAnswer.Redirect) federatedSignIn(f, pool[0], web, "sam").answer()).location()).contains("code=");
            federatedSignIn(f, pool[0], web, "sam");
            assertThat(f.events()).hasSize(2).allSatisfy(e -> {
                assertThat(e.get("triggerSource").asText()).isEqualTo("PostAuthentication_Authentication");
                assertThat(e.get("userName").asText()).isEqualTo("Okta_sam");
                assertThat(e.at("/request/userAttributes/email").asText()).isEqualTo("sam@example.com");
                assertThat(e.at("/request/userAttributes/cognito:user_status").asText()).isEqualTo("EXTERNAL_PROVIDER");
                assertThat(e.at("/callerContext/clientId").asText()).isEqualTo(web.clientId());
            });
            refuse.set(true);
            FederatedSignIn.Completion refused = federatedSignIn(f, pool[0], web, "sam");
            assertThat(refused.sessionCookie()).isNull();
            assertThat(params(URI.create(((AuthorizeAnswer.Redirect) refused.answer()).location()).getRawQuery()))
                    .containsEntry("error", "invalid_request")
                    .containsEntry("error_description", "PostAuthentication failed with error Audit log is down.");
        }
    }
}
