package dev.cairn.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.core.CairnEngineBuilder;
import dev.cairn.core.trigger.HttpLambdaInvoker;
import dev.cairn.core.trigger.LambdaHandler;
import dev.cairn.test.LocalLambdaService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * amazon-cognito-identity-js signs in with CUSTOM_AUTH against the server: {@code initiateAuth} with
 * the CUSTOM_AUTH flow, its {@code customChallenge} callback, {@code sendCustomChallengeAnswer} (a
 * wrong answer asked again, then the right one), and tokens that verify against the JWKS. The
 * challenge triggers run in the server's JVM, or behind a Lambda Invoke endpoint reached by the
 * server's HTTP invoker (as {@code --lambda-endpoint} sets it up). Needs node and npm.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CustomAuthWithTheJsClientTest {

    private static final Path HARNESS = Path.of("..", "engine-core", "src", "test", "js").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RIGHT = "blue-4711";

    static final LambdaHandler DEFINE = event -> {
        ArrayNode session = (ArrayNode) event.at("/request/session");
        ObjectNode response = (ObjectNode) event.get("response");
        boolean answered = session.size() > 0 && session.get(session.size() - 1).get("challengeResult").asBoolean();
        if (answered) response.put("issueTokens", true).put("failAuthentication", false);
        else if (session.size() >= 3) response.put("issueTokens", false).put("failAuthentication", true);
        else response.put("challengeName", "CUSTOM_CHALLENGE").put("issueTokens", false).put("failAuthentication", false);
        return event;
    };
    static final LambdaHandler CREATE = event -> {
        ObjectNode response = (ObjectNode) event.get("response");
        response.putObject("publicChallengeParameters").put("hint", "a colour and a number");
        response.putObject("privateChallengeParameters").put("answer", RIGHT);
        response.put("challengeMetadata", "COLOUR");
        return event;
    };
    static final LambdaHandler VERIFY = event -> {
        ((ObjectNode) event.get("response")).put("answerCorrect",
                event.at("/request/challengeAnswer").asText().equals(event.at("/request/privateChallengeParameters/answer").asText()));
        return event;
    };

    private WireFixture wire;
    private LocalLambdaService lambda;

    @BeforeAll
    static void installTheJsClient() throws Exception {
        if (Files.exists(HARNESS.resolve("node_modules/amazon-cognito-identity-js/package.json"))) return;
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HARNESS.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor()).as("npm ci in %s:%n%s", HARNESS, output).isZero();
    }

    @AfterEach
    void stop() {
        if (wire != null) wire.close();
        if (lambda != null) lambda.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "http"})
    void theJsClientAnswersCustomChallengesAndGetsTokensThatVerify(String invoker) throws Exception {
        Map<String, LambdaHandler> functions = Map.of("define", DEFINE, "create", CREATE, "verify", VERIFY);
        Consumer<CairnEngineBuilder> settings;
        if (invoker.equals("embedded")) {
            settings = b -> functions.forEach(b::lambdaFunction);
        } else {
            lambda = new LocalLambdaService();
            functions.forEach(lambda::function);
            settings = b -> b.lambdaInvoker(new HttpLambdaInvoker(lambda.endpoint()));
        }
        wire = new WireFixture(settings, b -> {
        });
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:";
        String pool = wire.engine.createUserPool(CreateUserPoolRequest.builder().poolName("js-custom")
                .lambdaConfig(LambdaConfigType.builder().defineAuthChallenge(arn + "define").createAuthChallenge(arn + "create")
                        .verifyAuthChallengeResponse(arn + "verify").build()).build()).userPool().id();
        String client = wire.engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("spa")
                .explicitAuthFlows("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
        wire.engine.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("jsuser").messageAction("SUPPRESS").build());
        // A user invited but never signed in is FORCE_CHANGE_PASSWORD; custom challenges alone sign it in.

        Process node = new ProcessBuilder("node", HARNESS.resolve("custom-auth-over-http.mjs").toString(), wire.endpoint().toString(), pool,
                client, "jsuser", "red-1", RIGHT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("node said:%n%s%n%s", out, err).isZero();
        JsonNode result = JSON.readTree(out);

        assertThat(result.path("challenges").size()).as("asked again after the wrong answer").isEqualTo(2);
        assertThat(result.path("challenges").get(0).path("hint").asText()).isEqualTo("a colour and a number");
        assertThat(result.toString()).as("private challenge parameters never leave the engine").doesNotContain(RIGHT);
        JWKSet jwks = JWKSet.load(new URL(wire.endpoint() + "/" + pool + "/.well-known/jwks.json"));
        for (String kind : new String[]{"idToken", "accessToken"}) {
            SignedJWT jwt = SignedJWT.parse(result.path(kind).asText());
            RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(jwt.verify(new RSASSAVerifier(key))).as("%s verifies", kind).isTrue();
            assertThat(jwt.getJWTClaimsSet().getStringClaim(kind.equals("idToken") ? "cognito:username" : "username")).isEqualTo("jsuser");
        }
        assertThat(result.path("refreshToken").asText()).isNotBlank();
    }
}
