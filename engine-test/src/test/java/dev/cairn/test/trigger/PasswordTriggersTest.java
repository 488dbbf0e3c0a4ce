package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.ConfirmForgotPasswordRequest;
import dev.cairn.api.model.ForgotPasswordRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** UserMigration_ForgotPassword and PostConfirmation_ConfirmForgotPassword, through both invokers. */
class PasswordTriggersTest {

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aForgottenPasswordMigratesTheUserToResetItAndItsConfirmationFiresPostConfirmation(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("legacy", Functions.answering(e -> {
            assertThat(e.at("/request/password").isMissingNode()).as("no password on a forgotten one").isTrue();
            ObjectNode response = (ObjectNode) e.get("response");
            response.putObject("userAttributes").put("email", "lost@example.com").put("email_verified", "true");
            response.put("finalUserStatus", "RESET_REQUIRED").put("messageAction", "SUPPRESS");
            return e;
        }), "post", Functions.answering(e -> e)))) {
            String[] pc = f.pool(t -> t.userMigration(Functions.arn("legacy")).postConfirmation(Functions.arn("post")));
            f.fixture.when(api -> api.forgotPassword(ForgotPasswordRequest.builder().clientId(pc[1]).username("lost").build()))
                    .expectResult(r -> assertThat(r.codeDeliveryDetails().deliveryMedium()).isEqualTo("EMAIL"))
                    .expectEvent(UserCreated.class, e -> assertThat(e.userStatus()).isEqualTo("RESET_REQUIRED"));
            assertThat(f.events().get(0).get("triggerSource").asText()).isEqualTo("UserMigration_ForgotPassword");
            String code = f.fixture.lastMessage(pc[0], "lost").code();
            f.fixture.when(api -> api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(pc[1]).username("lost")
                    .confirmationCode(code).password("N3w-Passw0rd!").clientMetadata(Map.of("from", "reset-page")).build())).expectSuccess();
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("PostConfirmation_ConfirmForgotPassword");
            assertThat(f.lastEvent().at("/request/clientMetadata/from").asText()).isEqualTo("reset-page");
            assertThat(f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pc[0]).username("lost").build()).userStatus())
                    .isEqualTo("CONFIRMED");
            f.fixture.when(api -> api.initiateAuth(SignInTriggersTest.passwordAuth(pc[1], "lost", "N3w-Passw0rd!"))).expectSuccess();
            assertThat(f.invocations()).extracting(LambdaTriggerInvoked::trigger).containsExactly("UserMigration", "PostConfirmation");
        }
    }
}
