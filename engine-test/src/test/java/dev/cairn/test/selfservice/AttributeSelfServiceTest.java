package dev.cairn.test.selfservice;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AttributeChangePending;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.UserAttributesDeleted;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeSelfServiceTest {

    static final String PASSWORD = "Attr-Passw0rd!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .aliasAttributes("email").autoVerifiedAttributes("email")
            .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdate("email").build())
            .build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();

    {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "old@example.com", "email_verified", "true")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    final String token = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();

    String attribute(String name) {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()).userAttributes()
                .stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }

    String lastCode() {
        var m = fixture.outbox().messages(pool, "alice");
        return m.get(m.size() - 1).code();
    }

    @Test
    void aVerifiedEmailStaysInForceUntilTheNewOneIsVerified() {
        fixture.when(api -> api.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(token)
                        .userAttributes(Requests.attributes("email", "new@example.com", "given_name", "Alice")).build()))
                .expectEvents(UserAttributesUpdated.class, AttributeChangePending.class, CodeIssued.class)
                .expectResult(r -> assertThat(r.codeDeliveryDetailsList()).singleElement()
                        .satisfies(d -> assertThat(d.destination()).isEqualTo("n***@e***")));
        assertThat(attribute("email")).isEqualTo("old@example.com");
        assertThat(attribute("given_name")).isEqualTo("Alice");
        assertThat(fixture.outbox().messages(pool, "alice").get(0).destination()).isEqualTo("new@example.com");

        fixture.when(api -> api.verifyUserAttribute(VerifyUserAttributeRequest.builder().accessToken(token).attributeName("email").code(lastCode()).build()))
                .expectEvents(AttributeVerified.class);
        assertThat(attribute("email")).isEqualTo("new@example.com");
        assertThat(attribute("email_verified")).isEqualTo("true");
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("new@example.com").build()).username())
                .as("the alias moved").isEqualTo("alice");
        fixture.when(api -> api.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("old@example.com").build()))
                .expectError(UserNotFoundException.class);
    }

    @Test
    void verificationCodesCanBeRequestedAndMustMatch() {
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("email_verified", "false")).build()));
        fixture.when(api -> api.getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest.builder().accessToken(token)
                        .attributeName("email").build()))
                .expectEvents(CodeIssued.class);
        String wrong = lastCode().equals("000000") ? "111111" : "000000";
        fixture.when(api -> api.verifyUserAttribute(VerifyUserAttributeRequest.builder().accessToken(token).attributeName("email").code(wrong).build()))
                .expectFailure(CodeMismatchException.class, "Invalid verification code provided, please try again.");
        fixture.when(api -> api.getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest.builder().accessToken(token)
                        .attributeName("given_name").build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void usersDeleteTheirOwnAttributesAndThemselves() {
        fixture.givenThat(api -> api.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(token)
                .userAttributes(Requests.attributes("nickname", "ally")).build()));
        fixture.when(api -> api.deleteUserAttributes(DeleteUserAttributesRequest.builder().accessToken(token).userAttributeNames("nickname").build()))
                .expectEvents(UserAttributesDeleted.class);
        assertThat(attribute("nickname")).isNull();
        fixture.whenRun(api -> api.deleteUser(DeleteUserRequest.builder().accessToken(token).build()))
                .expectEvents(UserDeleted.class)
                .expectContext(c -> assertThat(c.actorType()).isEqualTo("USER"));
        fixture.when(api -> api.getUser(GetUserRequest.builder().accessToken(token).build())).expectError(UserNotFoundException.class);
    }

    @Test
    void theClientsWriteAttributesLimitWhatUsersWrite() {
        String narrow = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "narrow").toBuilder()
                .writeAttributes("given_name").explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
        String narrowToken = SignIn.password(fixture.engine(), narrow, "alice", PASSWORD).authenticationResult().accessToken();
        fixture.when(api -> api.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(narrowToken)
                        .userAttributes(Requests.attributes("family_name", "X")).build()))
                .expectError(NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
    }

    @Test
    void aCodeSentToOneAddressDoesNotVerifyTheAddressThatReplacedIt() {
        fixture.givenThat(api -> api.getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest.builder().accessToken(token)
                .attributeName("email").build()));
        String codeForOld = lastCode();
        // An administrator changes the address; no code goes to the new one.
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("email", "someone.else@example.com")).build()));
        fixture.when(api -> api.verifyUserAttribute(VerifyUserAttributeRequest.builder().accessToken(token).attributeName("email")
                        .code(codeForOld).build()))
                .expectError(CodeMismatchException.class, "Invalid verification code provided, please try again.");
        assertThat(attribute("email_verified")).isNotEqualTo("true");
    }
}
