package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.api.model.InitiateAuthResponse;
import dev.cairn.api.model.RespondToAuthChallengeRequest;
import dev.cairn.api.model.RespondToAuthChallengeResponse;
import dev.cairn.core.json.Json;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.trigger.LambdaHandler;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CUSTOM_AUTH through DefineAuthChallenge, CreateAuthChallenge and VerifyAuthChallengeResponse, each
 * through both invokers: a quiz of up to three questions, as the developer guide's examples run it.
 */
class CustomAuthTest {

    static final String SECRET_ANSWER = "secret-answer-4711";

    /** Asks again after a wrong answer, up to three questions; signs in after a right one. With SRP_A first, the password comes first. */
    static final LambdaHandler DEFINE = event -> {
        ArrayNode session = (ArrayNode) event.at("/request/session");
        ObjectNode response = (ObjectNode) event.get("response");
        int n = session.size();
        var last = n == 0 ? null : session.get(n - 1);
        if (n == 1 && last.get("challengeName").asText().equals("SRP_A")) {
            response.put("challengeName", "PASSWORD_VERIFIER").put("issueTokens", false).put("failAuthentication", false);
        } else if (last != null && last.get("challengeName").asText().equals("CUSTOM_CHALLENGE") && last.get("challengeResult").asBoolean()) {
            response.put("issueTokens", true).put("failAuthentication", false);
        } else if (n >= 3 && !(n == 3 && session.get(0).get("challengeName").asText().equals("SRP_A"))) {
            response.put("issueTokens", false).put("failAuthentication", true);
        } else {
            response.put("challengeName", "CUSTOM_CHALLENGE").put("issueTokens", false).put("failAuthentication", false);
        }
        return event;
    };

    static final LambdaHandler CREATE = event -> {
        ObjectNode response = (ObjectNode) event.get("response");
        response.putObject("publicChallengeParameters").put("question", "What is the code?");
        response.putObject("privateChallengeParameters").put("answer", SECRET_ANSWER);
        response.put("challengeMetadata", "QUIZ-" + event.at("/request/session").size());
        return event;
    };

    static final LambdaHandler VERIFY = event -> {
        ((ObjectNode) event.get("response")).put("answerCorrect",
                event.at("/request/privateChallengeParameters/answer").asText().equals(event.at("/request/challengeAnswer").asText()));
        return event;
    };

    static Functions quiz(Functions.Invoker how) {
        return new Functions(how, Map.of("define", DEFINE, "create", CREATE, "verify", VERIFY));
    }

    static String[] pool(Functions f) {
        String[] pc = f.pool(t -> t.defineAuthChallenge(Functions.arn("define")).createAuthChallenge(Functions.arn("create"))
                .verifyAuthChallengeResponse(Functions.arn("verify")));
        SignInTriggersTest.user(f, pc[0], "ann");
        return pc;
    }

    static RespondToAuthChallengeRequest answer(String client, String session, String answer) {
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName("CUSTOM_CHALLENGE").session(session)
                .challengeResponses(Map.of("USERNAME", "ann", "ANSWER", answer)).build();
    }

    static InitiateAuthRequest custom(String client) {
        return InitiateAuthRequest.builder().clientId(client).authFlow("CUSTOM_AUTH").authParameters(Map.of("USERNAME", "ann"))
                .clientMetadata(Map.of("lang", "en")).build();
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aWrongAnswerIsAskedAgainAndARightOneSignsIn(Functions.Invoker how) {
        try (Functions f = quiz(how)) {
            String[] pc = pool(f);
            InitiateAuthResponse first = f.fixture.when(api -> api.initiateAuth(custom(pc[1])))
                    .expectEvents(LambdaTriggerInvoked.class, LambdaTriggerInvoked.class, AuthChallengeIssued.class).result();
            assertThat(first.challengeName()).isEqualTo("CUSTOM_CHALLENGE");
            assertThat(first.challengeParameters()).containsEntry("question", "What is the code?").containsEntry("USERNAME", "ann")
                    .doesNotContainValue(SECRET_ANSWER);
            ObjectNode define = f.events().get(0);
            assertThat(define.get("triggerSource").asText()).isEqualTo("DefineAuthChallenge_Authentication");
            assertThat(define.at("/request/session").size()).isZero();
            assertThat(define.at("/request/userNotFound").asBoolean(true)).isFalse();
            assertThat(define.at("/request/clientMetadata/lang").asText()).isEqualTo("en");
            assertThat(f.events().get(1).get("triggerSource").asText()).isEqualTo("CreateAuthChallenge_Authentication");
            assertThat(f.events().get(1).at("/request/challengeName").asText()).isEqualTo("CUSTOM_CHALLENGE");

            RespondToAuthChallengeResponse again = f.fixture.engine().respondToAuthChallenge(answer(pc[1], first.session(), "guess"));
            assertThat(again.challengeName()).isEqualTo("CUSTOM_CHALLENGE");
            ObjectNode verify = f.events().get(2);
            assertThat(verify.get("triggerSource").asText()).isEqualTo("VerifyAuthChallengeResponse_Authentication");
            assertThat(verify.at("/request/challengeAnswer").asText()).isEqualTo("guess");
            ObjectNode secondDefine = f.events().get(3);
            assertThat(secondDefine.at("/request/session").toString())
                    .isEqualTo("[{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,\"challengeMetadata\":\"QUIZ-0\"}]");
            assertThat(f.events().get(4).at("/request/session/0/challengeMetadata").asText()).isEqualTo("QUIZ-0");

            f.fixture.when(api -> api.respondToAuthChallenge(answer(pc[1], again.session(), SECRET_ANSWER)))
                    .expectResult(r -> assertThat(r.authenticationResult().idToken()).isNotNull())
                    .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("CUSTOM_CHALLENGE", "CUSTOM_CHALLENGE"));
            assertThat(f.lastEvent().at("/request/session").size()).isEqualTo(2);
            assertThat(f.lastEvent().at("/request/session/1/challengeResult").asBoolean()).isTrue();
            String log = f.fixture.engine().axon().readAll().map(m -> Json.write(m.getPayload())).reduce("", String::concat);
            assertThat(log).as("private challenge parameters never in the log in plaintext").doesNotContain(SECRET_ANSWER);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void failAuthenticationRefusesAndRecordsTheFailedSignIn(Functions.Invoker how) {
        try (Functions f = quiz(how)) {
            String[] pc = pool(f);
            String session = f.fixture.engine().initiateAuth(custom(pc[1])).session();
            for (int i = 0; i < 2; i++) session = f.fixture.engine().respondToAuthChallenge(answer(pc[1], session, "no")).session();
            String last = session;
            f.fixture.when(api -> api.respondToAuthChallenge(answer(pc[1], last, "still no")))
                    .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                    .expectEvent(SignInFailed.class, e -> assertThat(e.authFlow()).isEqualTo("CUSTOM_AUTH"));
            f.fixture.when(api -> api.respondToAuthChallenge(answer(pc[1], last, SECRET_ANSWER)))
                    .expectError(NotAuthorizedException.class, "Invalid session for the user, session can only be used once.");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void withSrpFirstThePasswordIsVerifiedBeforeTheCustomChallenge(Functions.Invoker how) {
        try (Functions f = quiz(how)) {
            String[] pc = pool(f);
            SrpClient srp = new SrpClient(new SecureRandom());
            Map<String, String> params = new LinkedHashMap<>(Map.of("USERNAME", "ann", "SRP_A", srp.srpA(), "CHALLENGE_NAME", "SRP_A"));
            InitiateAuthResponse started = f.fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(pc[1]).authFlow("CUSTOM_AUTH")
                    .authParameters(params).build());
            assertThat(started.challengeName()).isEqualTo("PASSWORD_VERIFIER");
            assertThat(f.events().get(0).at("/request/session").toString()).isEqualTo("[{\"challengeName\":\"SRP_A\",\"challengeResult\":true}]");
            RespondToAuthChallengeResponse custom = f.fixture.engine().respondToAuthChallenge(SignIn.answer(new SignIn.SrpStart(srp, started),
                    pc[0], pc[1], SignInTriggersTest.PASSWORD, f.fixture.clock().instant(), null));
            assertThat(custom.challengeName()).isEqualTo("CUSTOM_CHALLENGE");
            assertThat(f.events().get(1).at("/request/session").toString()).isEqualTo(
                    "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true},{\"challengeName\":\"PASSWORD_VERIFIER\",\"challengeResult\":true}]");
            f.fixture.when(api -> api.respondToAuthChallenge(answer(pc[1], custom.session(), SECRET_ANSWER)))
                    .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("PASSWORD_VERIFIER", "CUSTOM_CHALLENGE"))
                    .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotNull());
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aFailingVerifyClosesTheStepAndAnswersItsError(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("define", DEFINE, "create", CREATE, "verify", Functions.refusing("Quiz service down")))) {
            String[] pc = pool(f);
            String session = f.fixture.engine().initiateAuth(custom(pc[1])).session();
            f.fixture.when(api -> api.respondToAuthChallenge(answer(pc[1], session, "x")))
                    .expectFailure(dev.cairn.api.error.UserLambdaValidationException.class, "VerifyAuthChallengeResponse failed with error Quiz service down.")
                    .expectEvents(LambdaTriggerInvoked.class, AuthChallengeAnswered.class);
        }
    }

    @Test
    void withoutDefineAuthChallengeCustomAuthIsRefusedAsCognitoDoes() {
        try (CairnFixture fixture = CairnFixture.inMemory()) {
            String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("plain"))).userPool().id();
            String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                    .explicitAuthFlows("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
            fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("CUSTOM_AUTH")
                            .authParameters(Map.of("USERNAME", "ann")).build()))
                    .expectError(InvalidParameterException.class, "Custom auth lambda trigger is not configured for the user pool.");
        }
    }
}
