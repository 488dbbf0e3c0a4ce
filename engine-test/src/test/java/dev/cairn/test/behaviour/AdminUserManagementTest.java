package dev.cairn.test.behaviour;

import dev.cairn.api.error.AliasExistsException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.PasswordResetRequired;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.UserAttributesDeleted;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.api.event.UserEnabled;
import dev.cairn.api.event.UserSignUpConfirmed;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AdminUserManagementTest {

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .aliasAttributes("email", "preferred_username")
            .schema(SchemaAttributeType.builder().name("given_name").required(true).build(),
                    SchemaAttributeType.builder().name("tenant").attributeDataType("String").mutable(false).build())
            .build())).userPool().id();

    {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com",
                "email_verified", "true", "given_name", "Alice", "custom:tenant", "acme")));
    }

    private AdminGetUserResponse get(String username) {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username(username).build());
    }

    private String attribute(String username, String name) {
        return get(username).userAttributes().stream().filter(a -> a.name().equals(name)).map(AttributeType::value).findFirst().orElse(null);
    }

    @Test
    void adminGetUserFindsByUsernameOrVerifiedAlias() {
        assertThat(get("alice").username()).isEqualTo("alice");
        assertThat(get("alice@example.com").username()).isEqualTo("alice");
        fixture.when(api -> api.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("nobody").build()))
                .expectError(UserNotFoundException.class, "User does not exist.");
    }

    @Test
    void changingTheEmailUnverifiesItAndMovesTheAlias() {
        fixture.clock().advance(Duration.ofHours(1));
        fixture.when(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("email", "new@example.com")).build()))
                .expectEvents(UserAttributesUpdated.class)
                .expectEvent(UserAttributesUpdated.class, e -> {
                    assertThat(e.attributes()).containsEntry("email", "new@example.com").containsEntry("email_verified", "false");
                    assertThat(e.released()).containsExactly(new UniqueKey("alias:email", "alice@example.com"));
                    assertThat(e.claimed()).isEmpty();
                });
        assertThat(attribute("alice", "email_verified")).isEqualTo("false");
        assertThat(get("alice").userLastModifiedDate()).isEqualTo(CairnFixture.START.plus(Duration.ofHours(1)));
        fixture.when(api -> api.adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice@example.com").build()))
                .expectError(UserNotFoundException.class);
    }

    @Test
    void anAliasHeldByAnotherUserIsRefused() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob", "preferred_username", "bobby")));
        fixture.when(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("preferred_username", "bobby")).build()))
                .expectError(AliasExistsException.class, "An account with the given preferred_username already exists.");
    }

    @Test
    void immutableAndUnknownAttributesCannotBeUpdated() {
        fixture.when(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("custom:tenant", "other")).build()))
                .expectError(InvalidParameterException.class, "Invalid user attributes: user.custom:tenant: Attribute cannot be updated. (changing an immutable attribute)");
        fixture.when(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("favourite_colour", "blue")).build()))
                .expectErrorContaining(InvalidParameterException.class, "Attribute does not exist in the schema.");
    }

    @Test
    void updatingToTheSameValuesWritesNothing() {
        fixture.when(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributes(Requests.attributes("given_name", "Alice")).build()))
                .expectSuccess().expectNoEvents();
    }

    @Test
    void requiredAttributesCannotBeDeletedOthersCan() {
        fixture.when(api -> api.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributeNames("given_name").build()))
                .expectError(InvalidParameterException.class, "Attributes did not conform to the schema: given_name: The attribute is required");
        fixture.when(api -> api.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username("alice")
                        .userAttributeNames("email").build()))
                .expectEvents(UserAttributesDeleted.class);
        assertThat(attribute("alice", "email")).isNull();
    }

    @Test
    void disableAndEnableAreIdempotent() {
        fixture.when(api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()))
                .expectEvents(UserDisabled.class);
        assertThat(get("alice").enabled()).isFalse();
        fixture.when(api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()))
                .expectNoEvents();
        fixture.when(api -> api.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(pool).username("alice").build()))
                .expectEvents(UserEnabled.class);
        assertThat(get("alice").enabled()).isTrue();
    }

    @Test
    void confirmSignUpOnlyConfirmsUnconfirmedUsers() {
        fixture.when(api -> api.adminConfirmSignUp(AdminConfirmSignUpRequest.builder().userPoolId(pool).username("alice").build()))
                .expectError(NotAuthorizedException.class, "User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD");
        String sub = "7b0d3c3e-0000-4000-8000-000000000001";
        fixture.givenEvents(new dev.cairn.api.event.UserCreated(pool, sub, "uma", java.util.Map.of("sub", sub), "UNCONFIRMED", null,
                java.util.List.of(new UniqueKey("username", "uma"))));
        fixture.when(api -> api.adminConfirmSignUp(AdminConfirmSignUpRequest.builder().userPoolId(pool).username("uma").build()))
                .expectEvents(UserSignUpConfirmed.class);
        assertThat(get("uma").userStatus()).isEqualTo("CONFIRMED");
    }

    @Test
    void setPasswordPermanentConfirmsTemporaryForcesAChange() {
        fixture.when(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                        .password("Perm-Passw0rd!").permanent(true).build()))
                .expectEvents(PasswordSet.class);
        assertThat(get("alice").userStatus()).isEqualTo("CONFIRMED");
        fixture.when(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                        .password("Temp-Passw0rd!").permanent(false).build()))
                .expectEvents(PasswordSet.class);
        assertThat(get("alice").userStatus()).isEqualTo("FORCE_CHANGE_PASSWORD");
        fixture.when(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                        .password("nodigits").permanent(true).build()))
                .expectError(InvalidPasswordException.class);
    }

    @Test
    void resetPasswordRequiresAResetAndSendsACode() {
        fixture.when(api -> api.adminResetUserPassword(AdminResetUserPasswordRequest.builder().userPoolId(pool).username("alice").build()))
                .expectEvents(PasswordResetRequired.class, dev.cairn.api.event.CodeIssued.class)
                .expectEvent(dev.cairn.api.event.CodeIssued.class, e -> assertThat(e.purpose()).isEqualTo("FORGOT_PASSWORD"));
        assertThat(get("alice").userStatus()).isEqualTo("RESET_REQUIRED");
        assertThat(fixture.outbox().messages(pool, "alice")).singleElement()
                .satisfies(m -> assertThat(m.destination()).isEqualTo("alice@example.com"));
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "nomail", "given_name", "N")));
        fixture.when(api -> api.adminResetUserPassword(AdminResetUserPasswordRequest.builder().userPoolId(pool).username("nomail").build()))
                .expectError(InvalidParameterException.class, "Cannot reset password for the user as there is no registered/verified email or phone_number");
    }

    @Test
    void deletingAUserFreesItsUsernameAndAliases() {
        fixture.when(api -> {
                    api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("alice").build());
                    return null;
                })
                .expectEvents(UserDeleted.class)
                .expectEvent(UserDeleted.class, e -> assertThat(e.released()).contains(new UniqueKey("username", "alice"),
                        new UniqueKey("alias:email", "alice@example.com")));
        fixture.when(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com", "email_verified", "true")))
                .expectSuccess();
    }

    @Test
    void everyWriteRecordsWhoActedAndFromWhere() {
        var admin = new dev.cairn.api.RequestContext("ADMIN", "AKIDEXAMPLE", null, "203.0.113.7", "corr-1");
        fixture.whenAs(admin, api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()))
                .expectContext(c -> {
                    assertThat(c.actor()).isEqualTo("AKIDEXAMPLE");
                    assertThat(c.sourceIp()).isEqualTo("203.0.113.7");
                    assertThat(c.correlationId()).isEqualTo("corr-1");
                });
    }
}
