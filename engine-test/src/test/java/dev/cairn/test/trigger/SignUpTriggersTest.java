package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.error.UnexpectedLambdaException;
import dev.cairn.api.error.UserLambdaValidationException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserSignUpConfirmed;
import dev.cairn.api.model.AdminConfirmSignUpRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.ConfirmSignUpRequest;
import dev.cairn.api.model.SignUpRequest;
import dev.cairn.test.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PreSignUp and PostConfirmation, each through both invokers. */
class SignUpTriggersTest {

    static SignUpRequest signUp(String client, String username) {
        return SignUpRequest.builder().clientId(client).username(username).password("Corr3ct-Horse!")
                .userAttributes(Requests.attributes("email", username + "@example.com"))
                .validationData(Requests.attributes("invite", "7"))
                .clientMetadata(Map.of("campaign", "spring")).build();
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void preSignUpGetsCognitosEventAndCanConfirmAndVerify(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("pre", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).put("autoConfirmUser", true).put("autoVerifyEmail", true);
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "ann")))
                    .expectResult(r -> assertThat(r.userConfirmed()).isTrue())
                    .expectEvents(LambdaTriggerInvoked.class, UserCreated.class)
                    .expectEvent(UserCreated.class, e -> {
                        assertThat(e.userStatus()).isEqualTo("CONFIRMED");
                        assertThat(e.attributes()).containsEntry("email_verified", "true");
                    });
            ObjectNode event = f.lastEvent();
            assertThat(event.get("version").asText()).isEqualTo("1");
            assertThat(event.get("triggerSource").asText()).isEqualTo("PreSignUp_SignUp");
            assertThat(event.get("region").asText()).isEqualTo("us-east-1");
            assertThat(event.get("userPoolId").asText()).isEqualTo(pc[0]);
            assertThat(event.get("userName").asText()).isEqualTo("ann");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(pc[1]);
            assertThat(event.at("/callerContext/awsSdkVersion").isTextual()).isTrue();
            assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("ann@example.com");
            assertThat(event.at("/request/validationData/invite").asText()).isEqualTo("7");
            assertThat(event.at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
            assertThat(event.get("response").isObject()).isTrue();
            assertThat(f.fixture.outbox().messages(pc[0], "ann")).as("no confirmation code for a confirmed user").isEmpty();
            LambdaTriggerInvoked invoked = f.invocations().get(0);
            assertThat(invoked.trigger()).isEqualTo("PreSignUp");
            assertThat(invoked.functionArn()).isEqualTo(Functions.arn("pre"));
            assertThat(invoked.triggerSource()).isEqualTo("PreSignUp_SignUp");
            assertThat(invoked.outcome()).isEqualTo("ANSWERED");
            assertThat(invoked.durationMillis()).isNotNegative();
        }
    }

    /** A host's own records for the PreSignUp event: what it does not name is left out. */
    record PreSignUpEvent(String version, String triggerSource, String region, String userPoolId, String userName,
                          Map<String, String> callerContext, Map<String, Object> request, PreSignUpResponse response) {
        PreSignUpEvent confirmed() {
            return new PreSignUpEvent(version, triggerSource, region, userPoolId, userName, callerContext, request,
                    new PreSignUpResponse(userName.startsWith("vip"), false, false));
        }
    }

    record PreSignUpResponse(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aHandlerOverTheHostsOwnRecordsAnswersAsWell(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("pre", dev.cairn.core.trigger.LambdaHandler.typed(PreSignUpEvent.class, PreSignUpEvent::confirmed)))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "vip-ann"))).expectResult(r -> assertThat(r.userConfirmed()).isTrue());
            f.fixture.when(api -> api.signUp(signUp(pc[1], "bob"))).expectResult(r -> assertThat(r.userConfirmed()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreSignUpCreatesNobodyAndRecordsOnlyTheInvocation(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("pre", Functions.refusing("Not on the guest list")))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "bob")))
                    .expectFailure(UserLambdaValidationException.class, "PreSignUp failed with error Not on the guest list.")
                    .expectEvents(LambdaTriggerInvoked.class)
                    .expectEvent(LambdaTriggerInvoked.class, e -> {
                        assertThat(e.outcome()).isEqualTo("REFUSED");
                        assertThat(e.message()).isEqualTo("Not on the guest list");
                    });
            assertThatThrownBy(() -> f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pc[0]).username("bob").build()))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aMissingFunctionIsAnUnexpectedLambdaError(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of())) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("nowhere")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "cy")))
                    .expectFailure(UnexpectedLambdaException.class, "PreSignUp invocation failed due to error ResourceNotFoundException.")
                    .expectEvents(LambdaTriggerInvoked.class);
        }
    }

    @org.junit.jupiter.api.Test
    void aFunctionSilentForCognitosFiveSecondsTimesOut() {
        try (Functions f = new Functions(Functions.Invoker.HTTP, Map.of("pre", Functions.answering(e -> {
            try {
                Thread.sleep(5_500);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "slow")))
                    .expectFailure(UnexpectedLambdaException.class, "PreSignUp invocation failed due to error TimeoutException.")
                    .expectEvent(LambdaTriggerInvoked.class, e -> {
                        assertThat(e.outcome()).isEqualTo("TIMED_OUT");
                        assertThat(e.durationMillis()).isBetween(4_900L, 5_400L);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aPreAuthenticationForNobodyWithExistenceHiddenSaysUserNotFound(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("gate", Functions.refusing("Who are you")))) {
            String[] pc = f.pool(t -> t.preAuthentication(Functions.arn("gate")));
            f.fixture.givenThat(api -> api.updateUserPoolClient(dev.cairn.api.model.UpdateUserPoolClientRequest.builder().userPoolId(pc[0])
                    .clientId(pc[1]).preventUserExistenceErrors("ENABLED")
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()));
            f.fixture.when(api -> api.initiateAuth(SignInTriggersTest.passwordAuth(pc[1], "nobody", "Whatever-1!")))
                    .expectFailure(UserLambdaValidationException.class, "PreAuthentication failed with error Who are you.");
            assertThat(f.lastEvent().at("/request/userNotFound").asBoolean()).isTrue();
            assertThat(f.lastEvent().get("userName").asText()).isEqualTo("nobody");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void anAnswerThatIsNoEventIsAnInvalidLambdaResponse(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("pre", Functions.answering(e -> {
            e.put("response", "yes");
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.signUp(signUp(pc[1], "di")))
                    .expectFailure(InvalidLambdaResponseException.class, "Unrecognizable lambda output")
                    .expectEvents(LambdaTriggerInvoked.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void adminCreateUserFiresPreSignUpAdminCreateUserForNoClient(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("pre", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).put("autoVerifyEmail", true).put("autoConfirmUser", true);
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preSignUp(Functions.arn("pre")));
            f.fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pc[0], "eve", "email", "eve@example.com")))
                    .expectEvent(UserCreated.class, e -> {
                        assertThat(e.userStatus()).as("an invited user still changes its password").isEqualTo("FORCE_CHANGE_PASSWORD");
                        assertThat(e.attributes()).containsEntry("email_verified", "true");
                    });
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("PreSignUp_AdminCreateUser");
            assertThat(f.lastEvent().at("/callerContext/clientId").asText()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void postConfirmationFollowsConfirmSignUpWithTheConfirmedUser(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("post", Functions.answering(e -> e)))) {
            String[] pc = f.pool(t -> t.postConfirmation(Functions.arn("post")));
            f.fixture.givenThat(api -> api.signUp(signUp(pc[1], "fay")));
            String code = f.fixture.lastMessage(pc[0], "fay").code();
            f.fixture.when(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(pc[1]).username("fay").confirmationCode(code)
                            .clientMetadata(Map.of("k", "v")).build()))
                    .expectSuccess();
            ObjectNode event = f.lastEvent();
            assertThat(event.get("triggerSource").asText()).isEqualTo("PostConfirmation_ConfirmSignUp");
            assertThat(event.at("/request/userAttributes/cognito:user_status").asText()).isEqualTo("CONFIRMED");
            assertThat(event.at("/request/userAttributes/email_verified").asText()).isEqualTo("true");
            assertThat(event.at("/request/userAttributes/sub").isTextual()).isTrue();
            assertThat(event.at("/request/clientMetadata/k").asText()).isEqualTo("v");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aFailingPostConfirmationLeavesTheUserConfirmedAndAnswersItsError(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("post", Functions.refusing("CRM down")))) {
            String[] pc = f.pool(t -> t.postConfirmation(Functions.arn("post")));
            f.fixture.givenThat(api -> api.signUp(signUp(pc[1], "gil")));
            f.fixture.when(api -> api.adminConfirmSignUp(AdminConfirmSignUpRequest.builder().userPoolId(pc[0]).username("gil").build()))
                    .expectFailure(UserLambdaValidationException.class, "PostConfirmation failed with error CRM down.")
                    .expectEvents(UserSignUpConfirmed.class, LambdaTriggerInvoked.class);
            assertThat(f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pc[0]).username("gil").build()).userStatus())
                    .isEqualTo("CONFIRMED");
        }
    }
}
