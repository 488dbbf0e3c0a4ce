package dev.cairn.test.nodes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.api.model.RespondToAuthChallengeRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CUSTOM_AUTH decides across requests (the session's challenge history lives in the AuthSession):
 * a sign-in begun on one node and answered on the other gets the history of both, and a step
 * answered on one node cannot be answered again on the other.
 */
class CustomAuthAcrossNodesTest {

    @Test
    void aCustomChallengeBegunOnOneNodeIsAnsweredOnTheOtherWithTheWholeHistory() {
        List<String> sessionsSeen = new CopyOnWriteArrayList<>();
        try (Deployment deployment = Deployment.of(2, 11, b -> b
                .lambdaFunction("define", event -> {
                    ArrayNode session = (ArrayNode) event.at("/request/session");
                    sessionsSeen.add(session.toString());
                    ObjectNode response = (ObjectNode) event.get("response");
                    boolean right = session.size() > 0 && session.get(session.size() - 1).get("challengeResult").asBoolean();
                    if (right) response.put("issueTokens", true);
                    else response.put("challengeName", "CUSTOM_CHALLENGE");
                    return event;
                })
                .lambdaFunction("create", event -> {
                    ObjectNode response = (ObjectNode) event.get("response");
                    response.putObject("publicChallengeParameters").put("q", "colour?");
                    response.putObject("privateChallengeParameters").put("a", "blue");
                    response.put("challengeMetadata", "ROUND-" + event.at("/request/session").size());
                    return event;
                })
                .lambdaFunction("verify", event -> {
                    ((ObjectNode) event.get("response")).put("answerCorrect", event.at("/request/challengeAnswer").asText().equals("blue"));
                    return event;
                }))) {
            CairnEngine a = deployment.node(0);
            CairnEngine b = deployment.node(1);
            String arn = "arn:aws:lambda:us-east-1:000000000000:function:";
            String pool = a.createUserPool(CreateUserPoolRequest.builder().poolName("nodes-custom").lambdaConfig(LambdaConfigType.builder()
                    .defineAuthChallenge(arn + "define").createAuthChallenge(arn + "create").verifyAuthChallengeResponse(arn + "verify").build())
                    .build()).userPool().id();
            String client = a.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("app")
                    .explicitAuthFlows("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()).userPoolClient().clientId();
            a.adminCreateUser(Requests.adminCreateUser(pool, "ann", "email", "ann@example.com"));
            a.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("ann").password("Passw0rd-ann").permanent(true).build());

            String first = a.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("CUSTOM_AUTH")
                    .authParameters(Map.of("USERNAME", "ann")).build()).session();
            var again = b.respondToAuthChallenge(answer(client, first, "red"));
            assertThat(again.challengeName()).isEqualTo("CUSTOM_CHALLENGE");
            assertThatThrownBy(() -> a.respondToAuthChallenge(answer(client, first, "blue")))
                    .isInstanceOf(NotAuthorizedException.class).hasMessage("Invalid session for the user, session can only be used once.");
            var signedIn = a.respondToAuthChallenge(answer(client, again.session(), "blue"));
            assertThat(signedIn.authenticationResult().accessToken()).isNotBlank();
            assertThat(sessionsSeen.get(sessionsSeen.size() - 1)).isEqualTo("[{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,"
                    + "\"challengeMetadata\":\"ROUND-0\"},{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":true,\"challengeMetadata\":\"ROUND-1\"}]");
        }
    }

    private static RespondToAuthChallengeRequest answer(String client, String session, String answer) {
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName("CUSTOM_CHALLENGE").session(session)
                .challengeResponses(Map.of("USERNAME", "ann", "ANSWER", answer)).build();
    }
}
