package dev.cairn.test.behaviour;

import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.error.CodeDeliveryFailureException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.UnsupportedUserStateException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.event.MessageSent;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.*;
import dev.cairn.api.spi.Message;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.json.Json;
import dev.cairn.core.user.Passwords;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCreateUserTest {

    private final CairnFixture fixture = CairnFixture.inMemory();

    private String pool(CreateUserPoolRequest r) {
        return fixture.given(api -> api.createUserPool(r)).userPool().id();
    }

    private final String pool = pool(Requests.createUserPool("shop"));

    @Test
    void createdUserMustChangeItsPasswordAndHasAUuidSub() {
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com")))
                .expectEvents(UserCreated.class)
                .expectResult(r -> {
                    assertThat(r.user().username()).isEqualTo("alice");
                    assertThat(r.user().userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD");
                    assertThat(r.user().enabled()).isTrue();
                    assertThat(r.user().userCreateDate()).isEqualTo(CairnFixture.START);
                    assertThat(r.user().attributes()).extracting(AttributeType::name).containsExactly("sub", "email");
                    assertThat(r.user().attributes().get(0).value())
                            .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
                });
    }

    @Test
    void theTemporaryPasswordIsCheckedAgainstThePolicyAndNeverLogged() {
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob").toBuilder().temporaryPassword("short").build()))
                .expectError(InvalidPasswordException.class, "Password did not conform with policy: Password not long enough");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob").toBuilder().temporaryPassword("alllowercase1!").build()))
                .expectError(InvalidPasswordException.class, "Password did not conform with policy: Password must have uppercase characters");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob").toBuilder().temporaryPassword("Temp-Passw0rd!").build()))
                .expectEvent(UserCreated.class, e -> {
                    assertThat(Json.write(e)).doesNotContain("Temp-Passw0rd!");
                    assertThat(Passwords.matches(e.password(), pool, "bob", "Temp-Passw0rd!")).isTrue();
                    assertThat(Passwords.matches(e.password(), pool, "bob", "wrong")).isFalse();
                });
    }

    @Test
    void aSuppressedInvitationWithoutAPasswordLeavesNoPasswordToGuessUntilAnAdministratorSetsOne() {
        String client = fixture.given(api -> api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("web")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH").build())).userPoolClient().clientId();
        // Cognito generates a password nobody is ever told; Cairn keeps no verifier of it at all.
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "dave")))
                .expectEvent(UserCreated.class, e -> assertThat(e.password()).isNull());
        for (String guess : new String[]{"x", "Passw0rd!", "null"}) {
            fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                            .authParameters(java.util.Map.of("USERNAME", "dave", "PASSWORD", guess)).build()))
                    .expectFailure(dev.cairn.api.error.NotAuthorizedException.class, "Incorrect username or password.")
                    .expectEvent(dev.cairn.api.event.SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("WRONG_PASSWORD"));
        }
        fixture.given(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("dave")
                .password("Dave-Passw0rd!").permanent(true).build()));
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                        .authParameters(java.util.Map.of("USERNAME", "dave", "PASSWORD", "Dave-Passw0rd!")).build()))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void theInvitationCarriesAGeneratedPasswordThatMeetsThePolicy() {
        fixture.when(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("carol")
                        .userAttributes(Requests.attributes("email", "carol@example.com")).desiredDeliveryMediums("EMAIL").build()))
                .expectSuccess()
                .expectEvents(UserCreated.class, MessageSent.class)
                .expectEvent(MessageSent.class, e -> assertThat(e.maskedDestination()).isEqualTo("c***@e***"));
        Message m = fixture.outbox().messages(pool, "carol").get(0);
        assertThat(m.purpose()).isEqualTo("INVITATION");
        assertThat(m.destination()).isEqualTo("carol@example.com");
        assertThat(m.subject()).isEqualTo("Your temporary password");
        assertThat(m.body()).isEqualTo("Your username is carol and temporary password is " + m.code() + ".");
        var policy = fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool().policies().passwordPolicy();
        Passwords.check(policy, m.code());
    }

    @Test
    void aFailedDeliveryLeavesNoUser() {
        CairnEngine failing = CairnEngine.builder().messageDelivery(message -> {
            throw new IllegalStateException("smtp down");
        }).build();
        String p = failing.createUserPool(Requests.createUserPool("p")).userPool().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(p)
                        .username("dave").userAttributes(Requests.attributes("email", "d@example.com")).desiredDeliveryMediums("EMAIL").build()))
                .isInstanceOf(CodeDeliveryFailureException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failing.adminGetUser(AdminGetUserRequest.builder().userPoolId(p).username("dave").build()))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(failing.axon().readAll().count()).as("only the pool's events").isEqualTo(2);
    }

    @Test
    void usernamesAreUniqueAndCaseInsensitiveWhenThePoolSaysSo() {
        String insensitive = pool(CreateUserPoolRequest.builder().poolName("ci")
                .usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build()).build());
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(insensitive, "Alice")));
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(insensitive, "ALICE")))
                .expectError(UsernameExistsException.class, "User account already exists");
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "Alice")));
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice"))).expectSuccess();
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(insensitive).username("aLiCe").build()).username())
                .isEqualTo("Alice");
    }

    @Test
    void withEmailAsUsernameTheUsernameIsTheSubAndTheEmailIsUnique() {
        String p = pool(CreateUserPoolRequest.builder().poolName("email").usernameAttributes("email").build());
        var user = fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(p, "erin@example.com"))).expectSuccess().result().user();
        String sub = user.attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        assertThat(user.username()).isEqualTo(sub);
        assertThat(user.attributes()).contains(AttributeType.builder().name("email").value("erin@example.com").build());
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(p, "erin@example.com")))
                .expectError(UsernameExistsException.class, "An account with the given email already exists.");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(p, "not-an-email")))
                .expectError(InvalidParameterException.class, "Username should be an email.");
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(p).username("erin@example.com").build()).username())
                .isEqualTo(sub);
    }

    @Test
    void aVerifiedAliasTakenByAnotherUserNeedsForceAliasCreation() {
        String p = pool(CreateUserPoolRequest.builder().poolName("alias").aliasAttributes("email").build());
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(p, "first", "email", "x@example.com", "email_verified", "true")));
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(p, "second", "email", "x@example.com", "email_verified", "true")))
                .expectError(AliasExistsException.class, "An account with the given email already exists.");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(p, "second", "email", "x@example.com", "email_verified", "true")
                        .toBuilder().forceAliasCreation(true).build()))
                .expectEvents(UserAttributesUpdated.class, UserCreated.class);
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(p).username("x@example.com").build()).username())
                .isEqualTo("second");
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(p).username("first").build()).userAttributes())
                .contains(AttributeType.builder().name("email_verified").value("false").build());
    }

    @Test
    void attributesMustFitTheSchema() {
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "u", "custom:nope", "x")))
                .expectError(InvalidParameterException.class, "Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "u", "email", "not-an-email")))
                .expectError(InvalidParameterException.class, "Invalid email address format.");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "u", "phone_number", "555-1234")))
                .expectError(InvalidParameterException.class, "Invalid phone number format.");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "u", "email_verified", "yes")))
                .expectErrorContaining(InvalidParameterException.class, "email_verified");
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "u", "sub", "mine")))
                .expectErrorContaining(InvalidParameterException.class, "user.sub: Attribute cannot be updated");
    }

    @Test
    void resendGivesANewTemporaryPasswordOnlyToUsersWhoStillNeedOne() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "frank", "phone_number", "+15555550100")));
        fixture.when(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("frank").messageAction("RESEND").build()))
                .expectEvents(PasswordSet.class, MessageSent.class);
        assertThat(fixture.outbox().messages(pool, "frank")).singleElement().satisfies(m -> {
            assertThat(m.deliveryMedium()).isEqualTo("SMS");
            assertThat(m.destination()).isEqualTo("+15555550100");
        });
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("frank")
                .password("Perm-Passw0rd!").permanent(true).build()));
        fixture.when(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("frank").messageAction("RESEND").build()))
                .expectError(UnsupportedUserStateException.class);
        fixture.when(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("ghost").messageAction("RESEND").build()))
                .expectError(UserNotFoundException.class, "User does not exist.");
    }
}
