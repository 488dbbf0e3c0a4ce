package dev.cairn.test.mfa;

import dev.cairn.api.RequestContext;
import dev.cairn.api.error.EnableSoftwareTokenMFAException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.SoftwareTokenMFANotFoundException;
import dev.cairn.api.event.MfaPreferenceSet;
import dev.cairn.api.event.SoftwareTokenAssociated;
import dev.cairn.api.event.SoftwareTokenVerified;
import dev.cairn.api.model.*;
import dev.cairn.core.mfa.Totp;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** AssociateSoftwareToken, VerifySoftwareToken and the MFA preferences and settings of a signed-in user or an administrator. */
class SoftwareTokenTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("mfa"))).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
    final String access;

    SoftwareTokenTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
        access = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();
    }

    String associate() {
        return fixture.engine().associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(access).build()).secretCode();
    }

    String codeNow(String secret, int stepsAway) {
        return Totp.code(secret, Totp.step(fixture.clock().instant()) + stepsAway);
    }

    VerifySoftwareTokenRequest verify(String code) {
        return VerifySoftwareTokenRequest.builder().accessToken(access).userCode(code).friendlyDeviceName("Alice's phone").build();
    }

    AdminGetUserResponse alice() {
        return fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build());
    }

    @Test
    void associatingGivesABase32SecretThatTheLogKeepsAsTheUserActing() {
        var secret = fixture.when(api -> api.associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(access).build()))
                .expectEvents(SoftwareTokenAssociated.class)
                .expectContext(c -> {
                    assertThat(c.actorType()).isEqualTo("USER");
                    assertThat(c.clientId()).isEqualTo(client);
                })
                .result().secretCode();
        assertThat(secret).hasSize(52).matches("[A-Z2-7]+");
    }

    @Test
    void theAuditTrailRecordsTheAssociationButNeverTheSecret() {
        String secret = associate();
        var entries = fixture.engine().audit().userHistory(pool, "alice").stream()
                .filter(e -> e.event() instanceof SoftwareTokenAssociated).toList();
        assertThat(entries).hasSize(1);
        assertThat(((SoftwareTokenAssociated) entries.get(0).event()).secret()).isEqualTo("[secret]").isNotEqualTo(secret);
        assertThat(entries.get(0).type()).isEqualTo("cairn.mfa.SoftwareTokenAssociated");
    }

    @Test
    void theRightCodeVerifiesTheAuthenticatorWithinOneStepOfDrift() {
        String secret = associate();
        fixture.when(api -> api.verifySoftwareToken(verify(codeNow(secret, -1))))
                .expectEvents(SoftwareTokenVerified.class)
                .expectEvent(SoftwareTokenVerified.class, e -> {
                    assertThat(e.friendlyDeviceName()).isEqualTo("Alice's phone");
                    assertThat(e.timeStep()).isEqualTo(Totp.step(fixture.clock().instant()) - 1);
                })
                .expectResult(r -> assertThat(r.status()).isEqualTo("SUCCESS"));
    }

    @Test
    void aCodeTwoStepsAwayOrWrongIsRefusedAndWritesNothing() {
        String secret = associate();
        fixture.when(api -> api.verifySoftwareToken(verify(codeNow(secret, 2))))
                .expectError(EnableSoftwareTokenMFAException.class, "Code mismatch and fail enable Software Token MFA");
        fixture.when(api -> api.verifySoftwareToken(verify(codeNow(secret, -2))))
                .expectError(EnableSoftwareTokenMFAException.class, "Code mismatch and fail enable Software Token MFA");
        fixture.when(api -> api.verifySoftwareToken(verify("000000".equals(codeNow(secret, 0)) ? "111111" : "000000")))
                .expectError(EnableSoftwareTokenMFAException.class, "Code mismatch and fail enable Software Token MFA");
    }

    @Test
    void verifyingWithoutAnAssociatedSecretIsRefused() {
        fixture.when(api -> api.verifySoftwareToken(verify("123456"))).expectError(SoftwareTokenMFANotFoundException.class);
    }

    @Test
    void aCodeUsedToVerifyIsNotAcceptedAgain() {
        String first = associate();
        fixture.givenThat(api -> api.verifySoftwareToken(verify(codeNow(first, 0))));
        // A new secret whose code at this same step happens to be given: the step is spent either way.
        String second = associate();
        fixture.when(api -> api.verifySoftwareToken(verify(codeNow(second, 0))))
                .expectError(EnableSoftwareTokenMFAException.class, "Code mismatch and fail enable Software Token MFA");
        fixture.clock().advance(Duration.ofSeconds(30));
        fixture.when(api -> api.verifySoftwareToken(verify(codeNow(second, 0)))).expectEvents(SoftwareTokenVerified.class);
    }

    @Test
    void totpCannotBeTurnedOnBeforeItIsVerified() {
        associate();
        fixture.when(api -> api.setUserMFAPreference(SetUserMFAPreferenceRequest.builder().accessToken(access)
                        .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build()))
                .expectError(InvalidParameterException.class, "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA");
    }

    @Test
    void aVerifiedAuthenticatorTurnedOnAndPreferredShowsInGetUserAndAdminGetUser() {
        String secret = associate();
        fixture.givenThat(api -> api.verifySoftwareToken(verify(codeNow(secret, 0))));
        assertThat(alice().userMFASettingList()).isNull();
        fixture.when(api -> api.setUserMFAPreference(SetUserMFAPreferenceRequest.builder().accessToken(access)
                        .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build()))
                .expectEvents(MfaPreferenceSet.class)
                .expectEvent(MfaPreferenceSet.class, e -> {
                    assertThat(e.enabled()).containsExactly("SOFTWARE_TOKEN_MFA");
                    assertThat(e.preferred()).isEqualTo("SOFTWARE_TOKEN_MFA");
                });
        assertThat(alice().userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(alice().preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        var self = fixture.engine().getUser(GetUserRequest.builder().accessToken(access).build());
        assertThat(self.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(self.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(self.mfaOptions()).isNull();
    }

    @Test
    void theSameSettingsTwiceWriteNothingTheSecondTime() {
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build()).build()));
        fixture.when(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build()).build())).expectNoEvents();
        assertThat(alice().userMFASettingList()).containsExactly("EMAIL_OTP");
        assertThat(alice().preferredMfaSetting()).isNull();
    }

    @Test
    void smsMfaNeedsAPhoneNumber() {
        fixture.when(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                        .smsMfaSettings(SMSMfaSettingsType.builder().enabled(true).build()).build()))
                .expectError(InvalidParameterException.class, "User does not have delivery config set to turn on SMS_MFA");
    }

    @Test
    void preferringAFactorThatIsOffIsRefused() {
        fixture.when(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                        .emailMfaSettings(EmailMfaSettingsType.builder().enabled(false).preferredMfa(true).build()).build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void theLegacyUserSettingsTurnSmsMfaOnAndOffAndShowAsMfaOptions() {
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("phone_number", "+15555550100")).build()));
        fixture.when(api -> api.adminSetUserSettings(AdminSetUserSettingsRequest.builder().userPoolId(pool).username("alice")
                .mfaOptions(MFAOptionType.builder().deliveryMedium("SMS").attributeName("phone_number").build()).build()))
                .expectEvents(MfaPreferenceSet.class);
        assertThat(alice().mfaOptions()).extracting(MFAOptionType::deliveryMedium, MFAOptionType::attributeName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SMS", "phone_number"));
        assertThat(alice().userMFASettingList()).containsExactly("SMS_MFA");
        fixture.when(api -> api.setUserSettings(SetUserSettingsRequest.builder().accessToken(access).mfaOptions(List.of()).build()))
                .expectEvents(MfaPreferenceSet.class);
        assertThat(alice().mfaOptions()).isNull();
        assertThat(alice().userMFASettingList()).isNull();
    }

    @Test
    void onlySmsToThePhoneNumberIsALegacyOption() {
        fixture.when(api -> api.adminSetUserSettings(AdminSetUserSettingsRequest.builder().userPoolId(pool).username("alice")
                        .mfaOptions(MFAOptionType.builder().deliveryMedium("EMAIL").attributeName("email").build()).build()))
                .expectError(InvalidParameterException.class);
    }

    @Test
    void anAdministratorSetsPreferencesAsTheAdministrator() {
        fixture.whenAs(new RequestContext("ADMIN", "ops", null, "10.0.0.1", null),
                        api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build()))
                .expectContext(c -> {
                    assertThat(c.actorType()).isEqualTo("ADMIN");
                    assertThat(c.actor()).isEqualTo("ops");
                    assertThat(c.sourceIp()).isEqualTo("10.0.0.1");
                });
    }
}
