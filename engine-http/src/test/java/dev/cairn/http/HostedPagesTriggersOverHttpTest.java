package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolDomainRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.api.model.PreTokenGenerationVersionConfigType;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.core.trigger.LambdaHandler;
import dev.cairn.test.LocalLambdaService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user signs up on the hosted pages, confirms, signs in and the client redeems its code at
 * /oauth2/token, with every trigger on the way running through either invoker: PreSignUp_SignUp and
 * CustomMessage_SignUp (the hosted sign-up is a SignUp), PreAuthentication and PostAuthentication
 * (the hosted sign-in), PreTokenGeneration with TokenGeneration_HostedAuth (the token endpoint).
 */
class HostedPagesTriggersOverHttpTest {

    enum Invoker { EMBEDDED, HTTP }

    static final String CALLBACK = "https://app.example.com/callback";
    static final String PASSWORD = "Hosted-Passw0rd!1";

    private static String arn(String name) {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + name;
    }

    @ParameterizedTest
    @EnumSource(Invoker.class)
    void aHostedSignUpAndSignInRunTheirTriggersAndTheTokenEndpointRunsHostedAuth(Invoker how) throws Exception {
        List<ObjectNode> events = new CopyOnWriteArrayList<>();
        Map<String, LambdaHandler> functions = new LinkedHashMap<>();
        LambdaHandler kept = event -> {
            events.add(event.deepCopy());
            return event;
        };
        functions.put("gate", kept);
        functions.put("auth", kept);
        functions.put("words", event -> {
            events.add(event.deepCopy());
            ((ObjectNode) event.get("response")).put("emailSubject", "Welcome").put("emailMessage", "Welcome {username}, your code is {####}.");
            return event;
        });
        functions.put("claims", event -> {
            events.add(event.deepCopy());
            ((ObjectNode) event.get("response")).putObject("claimsAndScopeOverrideDetails").putObject("idTokenGeneration")
                    .putObject("claimsToAddOrOverride").put("plan", "gold");
            return event;
        });
        LocalLambdaService lambda = how == Invoker.HTTP ? new LocalLambdaService() : null;
        if (lambda != null) functions.forEach(lambda::function);
        try (WireFixture wire = new WireFixture(b -> {
            if (lambda != null) b.lambdaInvoker(new HttpLambdaInvoker(lambda.endpoint()));
            else functions.forEach(b::lambdaFunction);
        }, s -> {
        })) {
            var engine = wire.engine();
            String pool = engine.createUserPool(CreateUserPoolRequest.builder().poolName("hosted-triggers").autoVerifiedAttributes("email")
                    .lambdaConfig(LambdaConfigType.builder().preSignUp(arn("gate")).customMessage(arn("words"))
                            .preAuthentication(arn("auth")).postAuthentication(arn("auth"))
                            .preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaVersion("V2_0").lambdaArn(arn("claims")).build())
                            .build()).build()).userPool().id();
            String domain = "trig-" + pool.substring(pool.indexOf('_') + 1).toLowerCase();
            engine.createUserPoolDomain(CreateUserPoolDomainRequest.builder().userPoolId(pool).domain(domain).build());
            UserPoolClientType web = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                    .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
                    .allowedOAuthScopes("openid", "email").build()).userPoolClient();

            HostedBrowser browser = new HostedBrowser(wire.endpoint());
            String query = "response_type=code&client_id=" + web.clientId() + "&redirect_uri=" + CALLBACK + "&state=s&scope=openid+email";
            HttpResponse<String> signUp = browser.get("/" + domain + "/signup?" + query);
            HttpResponse<String> confirm = browser.follow(browser.submit(signUp, Map.of("username", "hana", "email", "hana@example.com",
                    "password", PASSWORD)));
            assertThat(confirm.body()).contains("<title>Confirm account</title>");
            JsonNode outbox = wire.outbox(pool, "hana");
            JsonNode message = outbox.get(outbox.size() - 1);
            assertThat(message.get("Message").asText()).isEqualTo("Welcome hana, your code is " + message.get("Code").asText() + ".");
            assertThat(events).extracting(e -> e.get("triggerSource").asText()).containsExactly("PreSignUp_SignUp", "CustomMessage_SignUp");
            assertThat(events.get(0).at("/callerContext/clientId").asText()).isEqualTo(web.clientId());
            assertThat(events.get(0).at("/request/userAttributes/email").asText()).isEqualTo("hana@example.com");

            HttpResponse<String> signIn = browser.follow(browser.submit(confirm, Map.of("code", message.get("Code").asText())));
            assertThat(signIn.body()).contains("<title>Sign in</title>");
            HttpResponse<String> callback = browser.submit(signIn, Map.of("username", "hana", "password", PASSWORD));
            assertThat(callback.statusCode()).isEqualTo(302);
            String code = HostedBrowser.params(HostedBrowser.location(callback), false).get("code");
            assertThat(events.subList(2, events.size())).extracting(e -> e.get("triggerSource").asText())
                    .containsExactly("PreAuthentication_Authentication", "PostAuthentication_Authentication");

            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("redirect_uri", CALLBACK);
            String basic = Base64.getEncoder().encodeToString((web.clientId() + ":" + web.clientSecret()).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(wire.endpoint() + "/" + domain + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofString(HostedBrowser.encode(form))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            String idToken = WireErrors.json(token).get("id_token").asText();
            assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("plan")).isEqualTo("gold");
            ObjectNode hostedAuth = events.get(events.size() - 1);
            assertThat(hostedAuth.get("triggerSource").asText()).isEqualTo("TokenGeneration_HostedAuth");
            assertThat(hostedAuth.at("/request/scopes").toString()).isEqualTo("[\"openid\",\"email\"]");
        } finally {
            if (lambda != null) lambda.close();
        }
    }
}
