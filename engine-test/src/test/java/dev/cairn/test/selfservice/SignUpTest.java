package dev.cairn.test.selfservice;

import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.ExpiredCodeException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotConfirmedException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.CodeMismatched;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserSignUpConfirmed;
import dev.cairn.api.model.*;
import dev.cairn.core.json.Json;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpTest {

    static final String PASSWORD = "S1gn-Up-Passw0rd!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .autoVerifiedAttributes("email").aliasAttributes("email")
            .verificationMessageTemplate(VerificationMessageTemplateType.builder()
                    .emailSubject("Welcome to Shop").emailMessage("Your Shop code is {####}").build()).build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();

    SignUpRequest signUp(String username, String email) {
        return SignUpRequest.builder().clientId(client).username(username).password(PASSWORD)
                .userAttributes(Requests.attributes("email", email)).build();
    }

    String lastCode(String username) {
        var messages = fixture.outbox().messages(pool, username);
        return messages.get(messages.size() - 1).code();
    }

    ConfirmSignUpRequest confirm(String username, String code) {
        return ConfirmSignUpRequest.builder().clientId(client).username(username).confirmationCode(code).build();
    }

    @Test
    void signUpCreatesAnUnconfirmedUserAndEmailsACode() {
        var then = fixture.when(api -> api.signUp(signUp("alice", "alice@example.com")))
                .expectEvents(UserCreated.class, CodeIssued.class)
                .expectResult(r -> {
                    assertThat(r.userConfirmed()).isFalse();
                    assertThat(r.userSub()).matches("[0-9a-f-]{36}");
                    assertThat(r.codeDeliveryDetails()).isEqualTo(CodeDeliveryDetailsType.builder()
                            .destination("a***@e***").deliveryMedium("EMAIL").attributeName("email").build());
                });
        var message = fixture.outbox().messages(pool, "alice").get(0);
        assertThat(message.purpose()).isEqualTo("SIGN_UP");
        assertThat(message.subject()).isEqualTo("Welcome to Shop");
        assertThat(message.body()).isEqualTo("Your Shop code is " + message.code()).matches("Your Shop code is \\d{6}");
        then.expectEvent(CodeIssued.class, e -> {
            assertThat(Json.write(e)).doesNotContain(message.code());
            assertThat(e.expiresAt()).isEqualTo(CairnFixture.START.plus(Duration.ofHours(24)));
        });
        assertThat(fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).error())
                .isInstanceOf(UserNotConfirmedException.class);
    }

    @Test
    void confirmingWithTheCodeConfirmsAndVerifiesTheEmail() {
        fixture.givenThat(api -> api.signUp(signUp("alice", "alice@example.com")));
        fixture.when(api -> api.confirmSignUp(confirm("alice", lastCode("alice"))))
                .expectEvents(UserSignUpConfirmed.class, AttributeVerified.class);
        var user = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice@example.com").build());
        assertThat(user.userStatus()).isEqualTo("CONFIRMED");
        assertThat(user.userAttributes()).contains(AttributeType.builder().name("email_verified").value("true").build());
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).expectSuccess();
        fixture.when(api -> api.confirmSignUp(confirm("alice", lastCode("alice"))))
                .expectError(NotAuthorizedException.class, "User cannot be confirmed.");
    }

    @Test
    void wrongExpiredAndExhaustedCodes() {
        fixture.givenThat(api -> api.signUp(signUp("alice", "alice@example.com")));
        String code = lastCode("alice");
        String wrong = code.equals("000000") ? "111111" : "000000";
        fixture.when(api -> api.confirmSignUp(confirm("alice", wrong)))
                .expectFailure(CodeMismatchException.class, "Invalid verification code provided, please try again.")
                .expectEvents(CodeMismatched.class);
        for (int i = 0; i < 4; i++) fixture.givenThat(api -> catching(() -> api.confirmSignUp(confirm("alice", wrong))));
        fixture.when(api -> api.confirmSignUp(confirm("alice", code)))
                .expectError(LimitExceededException.class, "Attempt limit exceeded, please try after some time.");
        fixture.givenThat(api -> api.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build()));
        fixture.clock().advance(Duration.ofHours(24));
        fixture.when(api -> api.confirmSignUp(confirm("alice", lastCode("alice"))))
                .expectError(ExpiredCodeException.class, "Invalid code provided, please request a code again.");
    }

    @Test
    void resendingIsRateLimited() {
        fixture.givenThat(api -> api.signUp(signUp("alice", "alice@example.com")));
        var resend = ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build();
        for (int i = 0; i < 4; i++) {
            fixture.when(api -> api.resendConfirmationCode(resend)).expectEvents(CodeIssued.class);
        }
        fixture.when(api -> api.resendConfirmationCode(resend)).expectError(LimitExceededException.class);
        fixture.clock().advance(Duration.ofMinutes(61));
        fixture.when(api -> api.resendConfirmationCode(resend)).expectEvents(CodeIssued.class);
        assertThat(fixture.outbox().messages(pool, "alice")).hasSize(6);
    }

    @Test
    void theOldCodeDiesWhenANewOneIsSent() {
        fixture.givenThat(api -> api.signUp(signUp("alice", "alice@example.com")));
        String first = lastCode("alice");
        fixture.givenThat(api -> api.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build()));
        String second = lastCode("alice");
        if (!first.equals(second)) {
            fixture.when(api -> api.confirmSignUp(confirm("alice", first))).expectFailure(CodeMismatchException.class,
                    "Invalid verification code provided, please try again.");
        }
        fixture.when(api -> api.confirmSignUp(confirm("alice", second))).expectSuccess();
    }

    @Test
    void signUpChecksPasswordSchemaAndUniqueness() {
        fixture.when(api -> api.signUp(signUp("bob", "bob@example.com").toBuilder().password("weak").build()))
                .expectError(InvalidPasswordException.class);
        fixture.givenThat(api -> api.signUp(signUp("bob", "bob@example.com")));
        fixture.when(api -> api.signUp(signUp("bob", "other@example.com"))).expectError(UsernameExistsException.class, "User already exists");
        fixture.when(api -> api.signUp(signUp("carl", "carl@example.com").toBuilder()
                        .userAttributes(Requests.attributes("custom:nope", "x")).build()))
                .expectErrorContaining(InvalidParameterException.class, "custom:nope");
    }

    @Test
    void clientWriteAttributesAndAdminOnlyPoolsAreEnforced() {
        String narrow = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "narrow").toBuilder()
                .writeAttributes("name").build())).userPoolClient().clientId();
        fixture.when(api -> api.signUp(signUp("dan", "dan@example.com").toBuilder().clientId(narrow).build()))
                .expectError(NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
        String closed = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("closed")
                .adminCreateUserConfig(AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(true).build()).build())).userPool().id();
        String closedClient = fixture.given(api -> api.createUserPoolClient(Requests.createClient(closed, "c"))).userPoolClient().clientId();
        fixture.when(api -> api.signUp(SignUpRequest.builder().clientId(closedClient).username("eve").password(PASSWORD).build()))
                .expectError(NotAuthorizedException.class, "SignUp is not permitted for this user pool");
    }

    @Test
    void requiredAttributesMustBeGiven() {
        String strict = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("strict")
                .schema(SchemaAttributeType.builder().name("family_name").required(true).build()).build())).userPool().id();
        String c = fixture.given(api -> api.createUserPoolClient(Requests.createClient(strict, "c"))).userPoolClient().clientId();
        fixture.when(api -> api.signUp(SignUpRequest.builder().clientId(c).username("fay").password(PASSWORD).build()))
                .expectError(InvalidParameterException.class, "Attributes did not conform to the schema: family_name: The attribute is required");
    }

    @Test
    void signingUpWithEmailAsUsername() {
        String emailPool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("email")
                .usernameAttributes("email").autoVerifiedAttributes("email").build())).userPool().id();
        String c = fixture.given(api -> api.createUserPoolClient(Requests.createClient(emailPool, "c"))).userPoolClient().clientId();
        var r = fixture.when(api -> api.signUp(SignUpRequest.builder().clientId(c).username("gus@example.com").password(PASSWORD).build()))
                .expectSuccess().result();
        var user = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(emailPool).username("gus@example.com").build());
        assertThat(user.username()).isEqualTo(r.userSub());
        fixture.when(api -> api.signUp(SignUpRequest.builder().clientId(c).username("gus@example.com").password(PASSWORD).build()))
                .expectError(UsernameExistsException.class, "An account with the given email already exists.");
    }

    @Test
    void confirmingAnAliasHeldByAnotherUserNeedsForceAliasCreation() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "holder", "email", "same@example.com", "email_verified", "true")));
        fixture.givenThat(api -> api.signUp(signUp("newbie", "same@example.com")));
        fixture.when(api -> api.confirmSignUp(confirm("newbie", lastCode("newbie"))))
                .expectError(AliasExistsException.class, "An account with the given email already exists.");
        fixture.when(api -> api.confirmSignUp(confirm("newbie", lastCode("newbie")).toBuilder().forceAliasCreation(true).build()))
                .expectSuccess();
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("same@example.com").build()).username())
                .isEqualTo("newbie");
    }

    static void catching(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException expected) {
            // part of the history being built
        }
    }

    @Test
    void aConfirmedUserIsSentNoNewConfirmationCode() {
        fixture.givenThat(api -> api.signUp(signUp("alice", "alice@example.com")));
        fixture.givenThat(api -> api.confirmSignUp(confirm("alice", lastCode("alice"))));
        fixture.when(api -> api.resendConfirmationCode(ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build()))
                .expectError(InvalidParameterException.class, "User is already confirmed.");
    }
}
