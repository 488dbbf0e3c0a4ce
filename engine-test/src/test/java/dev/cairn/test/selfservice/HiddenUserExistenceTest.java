package dev.cairn.test.selfservice;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With PreventUserExistenceErrors = ENABLED, nothing a stranger can ask tells a name that exists
 * from one that does not: SRP salts, simulated code deliveries and confirmation answers are shaped
 * alike and stable per name.
 */
class HiddenUserExistenceTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .autoVerifiedAttributes("email").usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build())
            .build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .preventUserExistenceErrors("ENABLED").explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
            .build())).userPoolClient().clientId();

    {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com", "email_verified", "true")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    String salt(String username) {
        return SignIn.startSrp(fixture.engine(), client, username, null).challenge().challengeParameters().get("SALT");
    }

    @Test
    void theSrpSaltOfAnUnknownNameIsStableAndItsOwn() {
        assertThat(salt("nobody")).isEqualTo(salt("nobody")).isEqualTo(salt("NoBody")) // the pool ignores case, as for real users
                .isNotEqualTo(salt("somebody")).isNotEqualTo(salt("alice"));
        assertThat(salt("alice")).isEqualTo(salt("alice"));
        // Shaped as a real salt: a random 16-byte positive integer in padded hex, so 2 to 34 digits in
        // whole bytes (a leading zero byte, 1 in 256 names, makes it 30; a high bit adds a 00 byte).
        assertThat(salt("nobody")).matches("(?:[0-9a-f]{2}){1,17}");
        assertThat(salt("alice")).matches("(?:[0-9a-f]{2}){1,17}");
    }

    @Test
    void resendConfirmationCodeForAnUnknownNameAnswersAsThoughACodeWentOut() {
        var resend = ResendConfirmationCodeRequest.builder().clientId(client).username("nobody").build();
        var first = fixture.when(api -> api.resendConfirmationCode(resend)).expectNoEvents().result();
        assertThat(first.codeDeliveryDetails().deliveryMedium()).isEqualTo("EMAIL");
        assertThat(first.codeDeliveryDetails().attributeName()).isEqualTo("email");
        assertThat(first.codeDeliveryDetails().destination()).matches("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*");
        assertThat(fixture.engine().resendConfirmationCode(resend)).isEqualTo(first);
        assertThat(fixture.outbox().messages(pool, "nobody")).isEmpty();
    }

    @Test
    void forgotPasswordForAnUnknownNameAnswersAsThoughACodeWentOut() {
        var forgot = ForgotPasswordRequest.builder().clientId(client).username("nobody").build();
        var first = fixture.when(api -> api.forgotPassword(forgot)).expectNoEvents().result();
        assertThat(first.codeDeliveryDetails().destination()).matches("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*");
        assertThat(fixture.engine().forgotPassword(forgot)).isEqualTo(first);
        var emailShaped = fixture.engine().forgotPassword(ForgotPasswordRequest.builder().clientId(client).username("zoe@shop.example").build());
        assertThat(emailShaped.codeDeliveryDetails().destination()).isEqualTo("z***@s***");
    }

    @Test
    void confirmForgotPasswordChecksThePasswordBeforeTheName() {
        for (String name : new String[] {"alice", "nobody"}) {
            fixture.when(api -> api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client).username(name)
                    .confirmationCode("123456").password("weak").build())).expectError(InvalidPasswordException.class);
            fixture.when(api -> api.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(client).username(name)
                    .confirmationCode("123456").password("N3w-Passw0rd!").build()))
                    .expectFailure(CodeMismatchException.class, "Invalid verification code provided, please try again.");
        }
    }

    @Test
    void confirmSignUpOfAConfirmedUserAnswersAsForAnUnknownName() {
        for (String name : new String[] {"alice", "nobody"}) {
            fixture.when(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(client).username(name).confirmationCode("123456").build()))
                    .expectError(CodeMismatchException.class, "Invalid verification code provided, please try again.");
        }
    }

    @Test
    void withoutHidingConfirmSignUpStillNeverTellsTheStatus() {
        String open = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "open"))).userPoolClient().clientId();
        var error = fixture.when(api -> api.confirmSignUp(ConfirmSignUpRequest.builder().clientId(open).username("alice")
                .confirmationCode("123456").build())).error();
        assertThat(error).isInstanceOf(NotAuthorizedException.class).hasMessage("User cannot be confirmed.");
    }

    @Test
    void anUnknownNameFailsThePasswordFlowAsAWrongPasswordDoes() {
        for (String name : new String[] {"alice", "nobody"}) {
            fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                    .authParameters(Map.of("USERNAME", name, "PASSWORD", "Wrong-Passw0rd!")).build()))
                    .expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        }
    }

    @Test
    void aMalformedSrpTimestampAnswersAlikeForKnownAndUnknownNames() {
        for (String name : new String[] {"alice", "nobody"}) {
            var answer = SignIn.answer(SignIn.startSrp(fixture.engine(), client, name, null), pool, client, PASSWORD, fixture.clock().instant(), null);
            var responses = new java.util.HashMap<>(answer.challengeResponses());
            responses.put("TIMESTAMP", "yesterday");
            fixture.when(api -> api.respondToAuthChallenge(answer.toBuilder().challengeResponses(responses).build()))
                    .expectError(dev.cairn.api.error.InvalidParameterException.class,
                            "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
        }
    }

    @Test
    void whereEmailIsTheUsernameAnUnknownEmailIsChallengedUnderAUuidAsARealOneIs() {
        String emailPool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("by-email")
                .usernameAttributes("email").build())).userPool().id();
        String emailClient = fixture.given(api -> api.createUserPoolClient(Requests.createClient(emailPool, "web").toBuilder()
                .preventUserExistenceErrors("ENABLED").explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build()))
                .userPoolClient().clientId();
        fixture.givenThat(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(emailPool).username("real@example.com")
                .messageAction("SUPPRESS").build()));
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        for (String email : new String[] {"real@example.com", "nobody@example.com"}) {
            var params = SignIn.startSrp(fixture.engine(), emailClient, email, null).challenge().challengeParameters();
            assertThat(params.get("USER_ID_FOR_SRP")).as(email).matches(uuid).isEqualTo(params.get("USERNAME"));
            assertThat(SignIn.startSrp(fixture.engine(), emailClient, email, null).challenge().challengeParameters().get("USER_ID_FOR_SRP"))
                    .as("stable").isEqualTo(params.get("USER_ID_FOR_SRP"));
        }
    }

    @Test
    void resendConfirmationCodeForAConfirmedUserAnswersAsForAnUnknownName() {
        var resend = ResendConfirmationCodeRequest.builder().clientId(client).username("alice").build();
        var answer = fixture.when(api -> api.resendConfirmationCode(resend)).expectNoEvents().result();
        assertThat(answer.codeDeliveryDetails().deliveryMedium()).isEqualTo("EMAIL");
        assertThat(fixture.outbox().messages(pool, "alice")).isEmpty();
    }
}
