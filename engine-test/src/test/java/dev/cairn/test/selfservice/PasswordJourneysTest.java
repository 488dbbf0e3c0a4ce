package dev.cairn.test.selfservice;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.ExpiredCodeException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordJourneysTest {

    static final String PASSWORD = "0ld-Passw0rd!";
    static final String NEW_PASSWORD = "N3w-Passw0rd!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(
                    RecoveryOptionType.builder().name("verified_email").priority(1).build(),
                    RecoveryOptionType.builder().name("verified_phone_number").priority(2).build()).build()).build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();

    {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com",
                "email_verified", "true", "phone_number", "+15555550100", "phone_number_verified", "true")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    ForgotPasswordRequest forgot(String username) {
        return ForgotPasswordRequest.builder().clientId(client).username(username).build();
    }

    ConfirmForgotPasswordRequest confirm(String code, String password) {
        return ConfirmForgotPasswordRequest.builder().clientId(client).username("alice").confirmationCode(code).password(password).build();
    }

    String lastCode() {
        var m = fixture.outbox().messages(pool, "alice");
        return m.get(m.size() - 1).code();
    }

    @Test
    void forgotPasswordSendsACodeByTheRecoverySettingAndTheCodeSetsANewPassword() {
        fixture.when(api -> api.forgotPassword(forgot("alice")))
                .expectEvents(CodeIssued.class)
                .expectEvent(CodeIssued.class, e -> assertThat(e.expiresAt()).isEqualTo(CairnFixture.START.plus(Duration.ofHours(1))))
                .expectResult(r -> assertThat(r.codeDeliveryDetails().deliveryMedium()).isEqualTo("EMAIL"));
        fixture.when(api -> api.confirmForgotPassword(confirm(lastCode(), NEW_PASSWORD)))
                .expectEvents(PasswordSet.class)
                .expectContext(c -> assertThat(c.actorType()).isEqualTo("USER"));
        fixture.when(api -> SignIn.password(api, client, "alice", NEW_PASSWORD)).expectSuccess();
        fixture.when(api -> api.confirmForgotPassword(confirm(lastCode(), "An0ther-Passw0rd!")))
                .expectError(CodeMismatchException.class); // single use
    }

    @Test
    void legacyRecoveryPrefersAVerifiedPhone() {
        String legacy = fixture.given(api -> api.createUserPool(Requests.createUserPool("legacy"))).userPool().id();
        String c = fixture.given(api -> api.createUserPoolClient(Requests.createClient(legacy, "c"))).userPoolClient().clientId();
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(legacy, "bob", "email", "bob@example.com",
                "email_verified", "true", "phone_number", "+15555550101", "phone_number_verified", "true")));
        var r = fixture.engine().forgotPassword(ForgotPasswordRequest.builder().clientId(c).username("bob").build());
        assertThat(r.codeDeliveryDetails().deliveryMedium()).isEqualTo("SMS");
        assertThat(r.codeDeliveryDetails().destination()).isEqualTo("+*******0101");
    }

    @Test
    void noVerifiedChannelMeansNoReset() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "carol", "email", "carol@example.com")));
        fixture.when(api -> api.forgotPassword(forgot("carol")))
                .expectError(InvalidParameterException.class, "Cannot reset password for the user as there is no registered/verified email or phone_number");
        fixture.when(api -> api.forgotPassword(forgot("nobody"))).expectError(UserNotFoundException.class);
    }

    @Test
    void resetCodesExpireAfterAnHourAndThePolicyHolds() {
        fixture.givenThat(api -> api.forgotPassword(forgot("alice")));
        fixture.when(api -> api.confirmForgotPassword(confirm(lastCode(), "weak"))).expectError(InvalidPasswordException.class);
        fixture.clock().advance(Duration.ofMinutes(61));
        fixture.when(api -> api.confirmForgotPassword(confirm(lastCode(), NEW_PASSWORD))).expectError(ExpiredCodeException.class);
    }

    @Test
    void anAdminResetIsCompletedWithTheCodeItSent() {
        fixture.givenThat(api -> api.adminResetUserPassword(AdminResetUserPasswordRequest.builder().userPoolId(pool).username("alice").build()));
        assertThat(fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).error())
                .isInstanceOf(dev.cairn.api.error.PasswordResetRequiredException.class);
        fixture.when(api -> api.confirmForgotPassword(confirm(lastCode(), NEW_PASSWORD))).expectSuccess();
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build()).userStatus())
                .isEqualTo("CONFIRMED");
        fixture.when(api -> SignIn.password(api, client, "alice", NEW_PASSWORD)).expectSuccess();
    }

    @Test
    void changePasswordNeedsThePreviousOne() {
        String token = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();
        fixture.when(api -> api.changePassword(ChangePasswordRequest.builder().accessToken(token).previousPassword("Wr0ng-Passw0rd!")
                        .proposedPassword(NEW_PASSWORD).build()))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class);
        fixture.when(api -> api.changePassword(ChangePasswordRequest.builder().accessToken(token).previousPassword(PASSWORD)
                        .proposedPassword("weak").build()))
                .expectError(InvalidPasswordException.class);
        fixture.when(api -> api.changePassword(ChangePasswordRequest.builder().accessToken(token).previousPassword(PASSWORD)
                        .proposedPassword(NEW_PASSWORD).build()))
                .expectEvents(PasswordSet.class);
        fixture.when(api -> SignIn.password(api, client, "alice", NEW_PASSWORD)).expectSuccess();
    }
}
