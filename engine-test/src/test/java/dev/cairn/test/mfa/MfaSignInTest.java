package dev.cairn.test.mfa;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.MfaChallengePassed;
import dev.cairn.api.event.MfaCodeMismatched;
import dev.cairn.api.event.MfaPreferenceSet;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.SoftwareTokenAssociated;
import dev.cairn.api.event.SoftwareTokenVerified;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The MFA challenges after the password, answered through RespondToAuthChallenge and AdminRespondToAuthChallenge. */
class MfaSignInTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("mfa"))).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
            .build())).userPoolClient().clientId();

    MfaSignInTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com",
                "phone_number", "+15555550100")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    void poolMfa(String mode, boolean totp, boolean sms, boolean email) {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration(mode)
                .softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType.builder().enabled(totp).build())
                .smsMfaConfiguration(!sms ? null : SmsMfaConfigType.builder().smsAuthenticationMessage("Your sign-in code is {####}").build())
                .emailMfaConfiguration(!email ? null : EmailMfaConfigType.builder().message("Code {####} for {username}").subject("Sign-in code").build())
                .build()));
    }

    /** Alice sets up an authenticator with an access token and prefers it; returns its secret. The clock moves past the code used. */
    String aliceUsesAnAuthenticator() {
        String access = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();
        String secret = fixture.engine().associateSoftwareToken(AssociateSoftwareTokenRequest.builder().accessToken(access).build()).secretCode();
        fixture.engine().verifySoftwareToken(VerifySoftwareTokenRequest.builder().accessToken(access).userCode(code(secret)).build());
        fixture.engine().setUserMFAPreference(SetUserMFAPreferenceRequest.builder().accessToken(access)
                .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build());
        fixture.clock().advance(Duration.ofSeconds(30));
        return secret;
    }

    String code(String secret) {
        return SignIn.totp(secret, fixture.clock().instant());
    }

    RespondToAuthChallengeRequest answer(InitiateAuthResponse challenge, String name, String key, String value) {
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName(name).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", "alice", key, value)).build();
    }

    @Test
    void aUserWithAnAuthenticatorIsAskedForItsCodeAfterThePasswordAndSignsInWithIt() {
        poolMfa("OPTIONAL", true, false, false);
        String secret = aliceUsesAnAuthenticator();
        InitiateAuthResponse challenge = fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD))
                .expectEvents(MfaChallengeIssued.class, AuthChallengeIssued.class)
                .expectEvent(MfaChallengeIssued.class, e -> assertThat(e.challengeName()).isEqualTo("SOFTWARE_TOKEN_MFA"))
                .result();
        assertThat(challenge.challengeName()).isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(challenge.authenticationResult()).isNull();
        assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "alice");
        var tokens = fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", code(secret))))
                .expectEvents(MfaChallengePassed.class, SignedIn.class, AuthChallengeAnswered.class)
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("SOFTWARE_TOKEN_MFA"))
                .expectContext(c -> assertThat(c.clientId()).isEqualTo(client))
                .result().authenticationResult();
        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    void srpSignInAsksTheAuthenticatorAfterThePasswordVerifier() {
        poolMfa("OPTIONAL", true, false, false);
        String secret = aliceUsesAnAuthenticator();
        poolMfa("ON", true, false, false);
        SignIn.SrpStart start = SignIn.startSrp(fixture.engine(), client, "alice", null);
        var mfa = fixture.engine().respondToAuthChallenge(SignIn.answer(start, pool, client, PASSWORD, fixture.clock().instant(), null));
        assertThat(mfa.challengeName()).isEqualTo("SOFTWARE_TOKEN_MFA");
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client).challengeName("SOFTWARE_TOKEN_MFA")
                        .session(mfa.session()).challengeResponses(Map.of("USERNAME", "alice", "SOFTWARE_TOKEN_MFA_CODE", code(secret))).build()))
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("PASSWORD_VERIFIER", "SOFTWARE_TOKEN_MFA"))
                .expectResult(r -> assertThat(r.authenticationResult().idToken()).isNotBlank());
    }

    @Test
    void aCodeThatSignedInOnceIsRefusedTheSecondTime() {
        poolMfa("OPTIONAL", true, false, false);
        String secret = aliceUsesAnAuthenticator();
        var first = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        fixture.engine().respondToAuthChallenge(answer(first, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", code(secret)));
        var second = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        fixture.when(api -> api.respondToAuthChallenge(answer(second, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", code(secret))))
                .expectFailure(CodeMismatchException.class, "Invalid code or auth state for the user.")
                .expectEvents(MfaCodeMismatched.class);
    }

    @Test
    void wrongCodesAreCountedAndTheFifthEndsTheChallenge() {
        poolMfa("OPTIONAL", true, false, false);
        String secret = aliceUsesAnAuthenticator();
        var challenge = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        String wrong = code(secret).equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", wrong)))
                    .expectFailure(CodeMismatchException.class, "Invalid code or auth state for the user.")
                    .expectEvents(MfaCodeMismatched.class);
        }
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", wrong)))
                .expectFailure(NotAuthorizedException.class, "Invalid session for the user.")
                .expectEvents(MfaCodeMismatched.class, AuthChallengeAnswered.class);
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SOFTWARE_TOKEN_MFA", "SOFTWARE_TOKEN_MFA_CODE", code(secret))))
                .expectError(NotAuthorizedException.class, "Invalid session for the user, session can only be used once.");
    }

    @Test
    void smsMfaSendsTheCodeWithThePoolsMessageAndShowsTheMaskedPhone() {
        poolMfa("ON", false, true, false);
        var challenge = fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD))
                .expectEvent(MfaChallengeIssued.class, e -> {
                    assertThat(e.challengeName()).isEqualTo("SMS_MFA");
                    assertThat(e.codeHash()).hasSize(64);
                    assertThat(e.maskedDestination()).isEqualTo("+*******0100");
                }).result();
        assertThat(challenge.challengeName()).isEqualTo("SMS_MFA");
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
                .containsEntry("CODE_DELIVERY_DESTINATION", "+*******0100").containsEntry("USER_ID_FOR_SRP", "alice");
        var sms = fixture.lastMessage(pool, "alice");
        assertThat(sms.deliveryMedium()).isEqualTo("SMS");
        assertThat(sms.destination()).isEqualTo("+15555550100");
        assertThat(sms.purpose()).isEqualTo("SMS_MFA");
        assertThat(sms.body()).isEqualTo("Your sign-in code is " + sms.code());
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SMS_MFA", "SMS_MFA_CODE", sms.code())))
                .expectEvents(MfaChallengePassed.class, SignedIn.class, AuthChallengeAnswered.class);
    }

    @Test
    void aWrongSmsCodeIsAMismatchAndTheRightOneStillWorks() {
        poolMfa("ON", false, true, false);
        var challenge = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        String code = fixture.lastMessage(pool, "alice").code();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SMS_MFA", "SMS_MFA_CODE", code.equals("000000") ? "111111" : "000000")))
                .expectFailure(CodeMismatchException.class, "Invalid code or auth state for the user.");
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "SMS_MFA", "SMS_MFA_CODE", code)))
                .expectResult(r -> assertThat(r.authenticationResult()).isNotNull());
    }

    @Test
    void emailOtpSendsTheCodeByEmailWithThePoolsSubject() {
        poolMfa("OPTIONAL", false, false, true);
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build()).build()));
        var challenge = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        assertThat(challenge.challengeName()).isEqualTo("EMAIL_OTP");
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
        var mail = fixture.lastMessage(pool, "alice");
        assertThat(mail.subject()).isEqualTo("Sign-in code");
        assertThat(mail.body()).isEqualTo("Code " + mail.code() + " for alice");
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, "EMAIL_OTP", "EMAIL_OTP_CODE", mail.code())))
                .expectResult(r -> assertThat(r.authenticationResult()).isNotNull());
    }

    @Test
    void aUserWithSeveralFactorsAndNoPreferenceChoosesOne() {
        poolMfa("OPTIONAL", true, false, true);
        aliceUsesAnAuthenticator();
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .softwareTokenMfaSettings(SoftwareTokenMfaSettingsType.builder().preferredMfa(false).build())
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build()).build()));
        var select = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        assertThat(select.challengeName()).isEqualTo("SELECT_MFA_TYPE");
        assertThat(select.challengeParameters()).containsEntry("MFAS_CAN_CHOOSE", "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]");
        fixture.when(api -> api.respondToAuthChallenge(answer(select, "SELECT_MFA_TYPE", "ANSWER", "SMS_MFA")))
                .expectError(InvalidParameterException.class);
        var email = fixture.when(api -> api.respondToAuthChallenge(answer(select, "SELECT_MFA_TYPE", "ANSWER", "EMAIL_OTP")))
                .expectEvents(MfaChallengeIssued.class, AuthChallengeAnswered.class, AuthChallengeIssued.class).result();
        assertThat(email.challengeName()).isEqualTo("EMAIL_OTP");
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client).challengeName("EMAIL_OTP")
                        .session(email.session()).challengeResponses(Map.of("USERNAME", "alice", "EMAIL_OTP_CODE",
                                fixture.lastMessage(pool, "alice").code())).build()))
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("SELECT_MFA_TYPE", "EMAIL_OTP"));
    }

    @Test
    void mfaRequiredWithoutAFactorMakesTheUserSetUpAnAuthenticatorWithTheSession() {
        poolMfa("ON", true, false, false);
        var setup = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        assertThat(setup.challengeName()).isEqualTo("MFA_SETUP");
        assertThat(setup.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client).challengeName("MFA_SETUP")
                        .session(setup.session()).challengeResponses(Map.of("USERNAME", "alice")).build()))
                .expectError(InvalidParameterException.class);
        var associated = fixture.when(api -> api.associateSoftwareToken(AssociateSoftwareTokenRequest.builder().session(setup.session()).build()))
                .expectEvents(SoftwareTokenAssociated.class).result();
        var verified = fixture.when(api -> api.verifySoftwareToken(VerifySoftwareTokenRequest.builder().session(associated.session())
                        .userCode(code(associated.secretCode())).build()))
                .expectEvents(SoftwareTokenVerified.class, MfaChallengePassed.class, AuthChallengeAnswered.class, AuthChallengeIssued.class)
                .result();
        assertThat(verified.status()).isEqualTo("SUCCESS");
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client).challengeName("MFA_SETUP")
                        .session(verified.session()).challengeResponses(Map.of("USERNAME", "alice")).build()))
                .expectEvents(MfaPreferenceSet.class, SignedIn.class, AuthChallengeAnswered.class)
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
        var alice = fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("alice").build());
        assertThat(alice.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
        assertThat(alice.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void withMfaOffAFactorIsNotAsked() {
        poolMfa("OPTIONAL", true, false, false);
        aliceUsesAnAuthenticator();
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OFF").build()));
        assertThat(SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult()).isNotNull();
    }

    @Test
    void anAdministratorSignInAnswersTheCodeThroughAdminRespondToAuthChallenge() {
        poolMfa("OPTIONAL", true, false, false);
        String secret = aliceUsesAnAuthenticator();
        poolMfa("ON", true, false, false);
        var challenge = fixture.engine().adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build());
        assertThat(challenge.challengeName()).isEqualTo("SOFTWARE_TOKEN_MFA");
        var tokens = fixture.engine().adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest.builder().userPoolId(pool).clientId(client)
                .challengeName("SOFTWARE_TOKEN_MFA").session(challenge.session())
                .challengeResponses(Map.of("USERNAME", "alice", "SOFTWARE_TOKEN_MFA_CODE", code(secret))).build()).authenticationResult();
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void aNewPasswordIsFollowedByTheSecondFactorWhenMfaIsRequired() {
        poolMfa("ON", true, false, false);
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "bob", "email", "bob@example.com").toBuilder()
                .temporaryPassword("Temp-Passw0rd!").build()));
        var newPassword = SignIn.password(fixture.engine(), client, "bob", "Temp-Passw0rd!");
        assertThat(newPassword.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
        var setup = fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client)
                        .challengeName("NEW_PASSWORD_REQUIRED").session(newPassword.session())
                        .challengeResponses(Map.of("USERNAME", "bob", "NEW_PASSWORD", "N3w-Passw0rd!")).build()))
                .expectEvent(MfaChallengeIssued.class, e -> assertThat(e.challengeName()).isEqualTo("MFA_SETUP"))
                .result();
        assertThat(setup.challengeName()).isEqualTo("MFA_SETUP");
        assertThat(setup.authenticationResult()).isNull();
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("bob").build()).userStatus())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aPoolWithMfaOnButNoFactorAsksNone() {
        String bare = fixture.given(api -> api.createUserPool(Requests.createUserPool("bare").toBuilder().mfaConfiguration("ON").build()))
                .userPool().id();
        String web = fixture.given(api -> api.createUserPoolClient(Requests.createClient(bare, "web").toBuilder()
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(bare, "carl")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(bare).username("carl")
                .password(PASSWORD).permanent(true).build()));
        assertThat(SignIn.password(fixture.engine(), web, "carl", PASSWORD).authenticationResult()).isNotNull();
    }

    @Test
    void aFactorWhoseAddressIsGoneIsNotAsked() {
        poolMfa("OPTIONAL", false, true, true);
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .smsMfaSettings(SMSMfaSettingsType.builder().enabled(true).build())
                .emailMfaSettings(EmailMfaSettingsType.builder().enabled(true).build()).build()));
        assertThat(SignIn.password(fixture.engine(), client, "alice", PASSWORD).challengeName()).isEqualTo("SELECT_MFA_TYPE");
        fixture.givenThat(api -> api.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributeNames("phone_number").build()));
        var challenge = SignIn.password(fixture.engine(), client, "alice", PASSWORD);
        assertThat(challenge.challengeName()).isEqualTo("EMAIL_OTP");
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
    }
}
