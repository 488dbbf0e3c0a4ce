package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.error.InvalidLambdaResponseException;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.ConfirmSignUpRequest;
import dev.cairn.api.model.CustomEmailLambdaVersionConfigType;
import dev.cairn.api.model.ForgotPasswordRequest;
import dev.cairn.api.model.GetUserAttributeVerificationCodeRequest;
import dev.cairn.api.model.ResendConfirmationCodeRequest;
import dev.cairn.api.model.UpdateUserAttributesRequest;
import dev.cairn.api.spi.Message;
import dev.cairn.core.json.Json;
import dev.cairn.core.trigger.CustomSenderCode;
import dev.cairn.test.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** CustomMessage for every message the engine sends, and CustomEmailSender with its encrypted code, each through both invokers. */
class MessageTriggersTest {

    /** Words every message with the placeholders Cognito asks for. */
    static ObjectNode word(ObjectNode e) {
        ObjectNode response = (ObjectNode) e.get("response");
        String source = e.get("triggerSource").asText();
        response.put("emailSubject", "Shop: " + source);
        response.put("emailMessage", "Hello {username}, your code for " + source + " is {####}.");
        response.put("smsMessage", "{username}: {####}");
        return e;
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void customMessageWordsEveryCodeMessageWithItsSource(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("words", Functions.answering(MessageTriggersTest::word)))) {
            String[] pc = f.pool(t -> t.customMessage(Functions.arn("words")));
            String pool = pc[0];
            f.fixture.givenThat(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("inv")
                    .userAttributes(Requests.attributes("email", "inv@example.com")).desiredDeliveryMediums("EMAIL").build()));
            Message invitation = f.fixture.lastMessage(pool, "inv");
            assertThat(invitation.body()).isEqualTo("Hello inv, your code for CustomMessage_AdminCreateUser is " + invitation.code() + ".");
            assertThat(invitation.subject()).isEqualTo("Shop: CustomMessage_AdminCreateUser");
            assertThat(f.lastEvent().at("/request/usernameParameter").asText()).isEqualTo("{username}");
            assertThat(f.lastEvent().at("/request/codeParameter").asText()).isEqualTo("{####}");

            f.fixture.givenThat(api -> api.signUp(SignUpTriggersTest.signUp(pc[1], "ann")));
            assertThat(f.fixture.lastMessage(pool, "ann").body()).contains("CustomMessage_SignUp is " + f.fixture.lastMessage(pool, "ann").code());
            assertThat(f.lastEvent().at("/request/usernameParameter").isNull()).isTrue();
            assertThat(f.lastEvent().at("/request/userAttributes/email").asText()).isEqualTo("ann@example.com");
            assertThat(f.lastEvent().at("/request/clientMetadata/campaign").asText()).isEqualTo("spring");
            f.fixture.givenThat(api -> api.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(pc[1]).username("ann").build()));
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("CustomMessage_ResendCode");
            String code = f.fixture.lastMessage(pool, "ann").code();
            f.fixture.givenThat(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(pc[1]).username("ann").confirmationCode(code).build()));
            f.fixture.givenThat(api -> api.forgotPassword(ForgotPasswordRequest.builder().clientId(pc[1]).username("ann").build()));
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("CustomMessage_ForgotPassword");
            assertThat(f.fixture.lastMessage(pool, "ann").subject()).isEqualTo("Shop: CustomMessage_ForgotPassword");

            String token = f.fixture.engine().initiateAuth(SignInTriggersTest.passwordAuth(pc[1], "ann", SignInTriggersTest.PASSWORD))
                    .authenticationResult().accessToken();
            f.fixture.givenThat(api -> api.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(token)
                    .userAttributes(Requests.attributes("email", "ann2@example.com")).build()));
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("CustomMessage_UpdateUserAttribute");
            f.fixture.givenThat(api -> api.getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest.builder().accessToken(token)
                    .attributeName("email").build()));
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("CustomMessage_VerifyUserAttribute");
            assertThat(f.invocations()).allSatisfy(i -> assertThat(i.outcome()).isEqualTo("ANSWERED"));
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void anEmailOtpIsWordedAsCustomMessageAuthenticationAndTheNewDeviceShowsInPostAuthentication(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("words", Functions.answering(MessageTriggersTest::word), "after", Functions.answering(e -> e)))) {
            String pool = f.fixture.given(api -> api.createUserPool(dev.cairn.api.model.CreateUserPoolRequest.builder().poolName("mfa")
                    .deviceConfiguration(dev.cairn.api.model.DeviceConfigurationType.builder().challengeRequiredOnNewDevice(false).build())
                    .lambdaConfig(dev.cairn.api.model.LambdaConfigType.builder().customMessage(Functions.arn("words"))
                            .postAuthentication(Functions.arn("after")).build()).build())).userPool().id();
            String client = f.fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                    .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
            SignInTriggersTest.user(f, pool, "ann");
            f.fixture.givenThat(api -> api.setUserPoolMfaConfig(dev.cairn.api.model.SetUserPoolMfaConfigRequest.builder().userPoolId(pool)
                    .mfaConfiguration("OPTIONAL").emailMfaConfiguration(dev.cairn.api.model.EmailMfaConfigType.builder().message("Code {####}")
                            .subject("Sign-in code").build()).build()));
            f.fixture.givenThat(api -> api.adminSetUserMFAPreference(dev.cairn.api.model.AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool)
                    .username("ann").emailMfaSettings(dev.cairn.api.model.EmailMfaSettingsType.builder().enabled(true).build()).build()));
            var challenge = f.fixture.engine().initiateAuth(SignInTriggersTest.passwordAuth(client, "ann", SignInTriggersTest.PASSWORD));
            assertThat(challenge.challengeName()).isEqualTo("EMAIL_OTP");
            Message mail = f.fixture.lastMessage(pool, "ann");
            assertThat(mail.body()).isEqualTo("Hello ann, your code for CustomMessage_Authentication is " + mail.code() + ".");
            var signedIn = f.fixture.engine().respondToAuthChallenge(dev.cairn.api.model.RespondToAuthChallengeRequest.builder().clientId(client)
                    .challengeName("EMAIL_OTP").session(challenge.session()).challengeResponses(Map.of("USERNAME", "ann", "EMAIL_OTP_CODE", mail.code()))
                    .build());
            assertThat(signedIn.authenticationResult().newDeviceMetadata()).isNotNull();
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("PostAuthentication_Authentication");
            assertThat(f.lastEvent().at("/request/newDeviceUsed").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void anInvitationWithoutTheUsernamePlaceholderIsAnInvalidLambdaResponse(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("words", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).put("emailMessage", "Your password is {####}");
            return e;
        })))) {
            String pool = f.pool(t -> t.customMessage(Functions.arn("words")))[0];
            f.fixture.when(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("inv")
                            .userAttributes(Requests.attributes("email", "inv@example.com")).desiredDeliveryMediums("EMAIL").build()))
                    .expectError(InvalidLambdaResponseException.class);
            assertThat(f.fixture.outbox().messages(pool, "inv")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aCustomEmailSenderGetsTheCodeEncryptedWithTheOperatorsKeyInsteadOfTheMessageDelivery(Functions.Invoker how) throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) key[i] = (byte) (i * 7);
        AtomicReference<String> encrypted = new AtomicReference<>();
        try (Functions f = new Functions(how, Map.of("sender", Functions.answering(e -> {
            encrypted.set(e.at("/request/code").asText());
            return e;
        })), b -> b.customSenderKey(key))) {
            String[] pc = f.pool(t -> t.customEmailSender(CustomEmailLambdaVersionConfigType.builder().lambdaVersion("V1_0")
                    .lambdaArn(Functions.arn("sender")).build()).kmsKeyID("arn:aws:kms:us-east-1:000000000000:key/local"));
            f.fixture.givenThat(api -> api.signUp(SignUpTriggersTest.signUp(pc[1], "sam")));
            ObjectNode event = f.lastEvent();
            assertThat(event.get("triggerSource").asText()).isEqualTo("CustomEmailSender_SignUp");
            assertThat(event.at("/request/type").asText()).isEqualTo("customEmailSenderRequestV1");
            assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("sam@example.com");
            assertThat(f.fixture.outbox().messages(pc[0], "sam")).as("the sender sends it, not the MessageDelivery").isEmpty();
            String code = CustomSenderCode.decrypt(key, pc[0], encrypted.get());
            assertThat(code).matches("\\d{6}");
            String log = f.fixture.engine().axon().readAll().map(m -> Json.write(m.getPayload())).reduce("", String::concat);
            assertThat(log).doesNotContain(encrypted.get());
            f.fixture.when(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(pc[1]).username("sam").confirmationCode(code).build()))
                    .expectSuccess();
            assertThat(f.invocations()).extracting(LambdaTriggerInvoked::trigger).containsExactly("CustomEmailSender");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aCustomSmsSenderGetsAnInvitationsTemporaryPasswordEncrypted(Functions.Invoker how) throws Exception {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 9);
        AtomicReference<String> encrypted = new AtomicReference<>();
        try (Functions f = new Functions(how, Map.of("sms", Functions.answering(e -> {
            encrypted.set(e.at("/request/code").asText());
            return e;
        })), b -> b.customSenderKey(key))) {
            String pool = f.pool(t -> t.customSMSSender(dev.cairn.api.model.CustomSMSLambdaVersionConfigType.builder().lambdaVersion("V1_0")
                    .lambdaArn(Functions.arn("sms")).build()).kmsKeyID("arn:aws:kms:us-east-1:000000000000:key/local"))[0];
            f.fixture.givenThat(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("tim")
                    .temporaryPassword("Temp-Passw0rd!9").userAttributes(Requests.attributes("phone_number", "+15555550123"))
                    .desiredDeliveryMediums("SMS").build()));
            ObjectNode event = f.lastEvent();
            assertThat(event.get("triggerSource").asText()).isEqualTo("CustomSMSSender_AdminCreateUser");
            assertThat(event.at("/request/type").asText()).isEqualTo("customSMSSenderRequestV1");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
            assertThat(CustomSenderCode.decrypt(key, pool, encrypted.get())).isEqualTo("Temp-Passw0rd!9");
            assertThat(event.toString()).doesNotContain("Temp-Passw0rd!9");
            assertThat(f.fixture.outbox().messages(pool, "tim")).isEmpty();
        }
    }
}
