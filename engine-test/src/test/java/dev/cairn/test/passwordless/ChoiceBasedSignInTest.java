package dev.cairn.test.passwordless;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UserNotConfirmedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.FirstFactorCodeIssued;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.MfaChallengePassed;
import dev.cairn.api.event.MfaCodeMismatched;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.model.*;
import dev.cairn.core.srp.PasswordClaim;
import dev.cairn.core.srp.SrpClient;
import dev.cairn.core.srp.SrpPrincipal;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** USER_AUTH: PREFERRED_CHALLENGE or SELECT_CHALLENGE, then PASSWORD, PASSWORD_SRP, EMAIL_OTP or SMS_OTP. */
class ChoiceBasedSignInTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("choice").toBuilder()
            .policies(SignInSettingsTest.firstFactors("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN")).build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();

    ChoiceBasedSignInTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com", "email_verified", "true",
                "phone_number", "+15555550100", "phone_number_verified", "true")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    InitiateAuthResponse userAuth(dev.cairn.api.CognitoIdentityProvider api, String username, String... params) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("USERNAME", username);
        for (int i = 0; i < params.length; i += 2) p.put(params[i], params[i + 1]);
        return api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_AUTH").authParameters(p).build());
    }

    RespondToAuthChallengeRequest answer(String session, String challenge, String... responses) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("USERNAME", "alice");
        for (int i = 0; i < responses.length; i += 2) r.put(responses[i], responses[i + 1]);
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName(challenge).session(session).challengeResponses(r).build();
    }

    @Test
    void withoutAPreferenceTheUserChoosesAmongTheFactorsItHas() {
        fixture.when(api -> userAuth(api, "alice"))
                .expectEvents(AuthChallengeIssued.class)
                .expectEvent(AuthChallengeIssued.class, e -> {
                    assertThat(e.challengeName()).isEqualTo("SELECT_CHALLENGE");
                    assertThat(e.authFlow()).isEqualTo("USER_AUTH");
                })
                .expectResult(r -> {
                    assertThat(r.challengeName()).isEqualTo("SELECT_CHALLENGE");
                    // no passkey registered: WEB_AUTHN is not offered
                    assertThat(r.availableChallenges()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP");
                    assertThat(r.session()).isNotBlank();
                });
    }

    @Test
    void onlyVerifiedAddressesAndFactorsThePoolAllowsAreOffered() {
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("alice")
                .userAttributes(Requests.attributes("phone_number_verified", "false")).build()));
        assertThat(userAuth(fixture.engine(), "alice").availableChallenges()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");
        fixture.givenThat(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool)
                .policies(SignInSettingsTest.firstFactors("PASSWORD", "SMS_OTP")).build()));
        assertThat(userAuth(fixture.engine(), "alice").availableChallenges()).containsExactly("PASSWORD", "PASSWORD_SRP");
    }

    @Test
    void aPreferredPasswordSignsInAtOnce() {
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", PASSWORD))
                .expectEvents(SignedIn.class)
                .expectEvent(SignedIn.class, e -> assertThat(e.authFlow()).isEqualTo("USER_AUTH"))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void aWrongPreferredPasswordIsRefusedAndCounted() {
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "wrong"))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class);
    }

    @Test
    void aPreferredEmailCodeIsSentHashedAndSignsIn() {
        var challenge = fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP"))
                .expectEvents(FirstFactorCodeIssued.class, AuthChallengeIssued.class)
                .result();
        assertThat(challenge.challengeName()).isEqualTo("EMAIL_OTP");
        assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
        var message = fixture.lastMessage(pool, "alice");
        assertThat(message.purpose()).isEqualTo("EMAIL_OTP");
        assertThat(message.destination()).isEqualTo("alice@example.com");
        String code = message.code();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge.session(), "EMAIL_OTP", "EMAIL_OTP_CODE", code)))
                .expectEvents(MfaChallengePassed.class, SignedIn.class, AuthChallengeAnswered.class)
                .expectEvent(SignedIn.class, e -> {
                    assertThat(e.authFlow()).isEqualTo("USER_AUTH");
                    assertThat(e.challengePath()).containsExactly("EMAIL_OTP");
                })
                .expectResult(r -> assertThat(r.authenticationResult().idToken()).isNotBlank());
    }

    @Test
    void theCodeIsKeptOnlyAsItsHash() {
        var then = fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP"));
        String code = fixture.lastMessage(pool, "alice").code();
        then.expectEvent(FirstFactorCodeIssued.class, e -> {
            assertThat(e.codeHash()).isNotBlank().doesNotContain(code);
            assertThat(e.toString()).doesNotContain(code);
        });
    }

    @Test
    void wrongCodesAreCountedAndTheFifthEndsTheSignIn() {
        var challenge = userAuth(fixture.engine(), "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP");
        String code = fixture.lastMessage(pool, "alice").code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            fixture.when(api -> api.respondToAuthChallenge(answer(challenge.session(), "EMAIL_OTP", "EMAIL_OTP_CODE", wrong)))
                    .expectFailure(CodeMismatchException.class, "Invalid code or auth state for the user.")
                    .expectEvents(MfaCodeMismatched.class);
        }
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge.session(), "EMAIL_OTP", "EMAIL_OTP_CODE", wrong)))
                .expectFailure(NotAuthorizedException.class, "Invalid session for the user.");
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge.session(), "EMAIL_OTP", "EMAIL_OTP_CODE", code)))
                .expectError(NotAuthorizedException.class);
    }

    @Test
    void atMostFiveCodesAnHourAreSentToAUser() {
        for (int i = 0; i < 5; i++) userAuth(fixture.engine(), "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP");
        int sent = fixture.outbox().messages(pool, "alice").size();
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP"))
                .expectError(LimitExceededException.class, "Attempt limit exceeded, please try after some time.")
                .expectNoEvents();
        assertThat(fixture.outbox().messages(pool, "alice")).hasSize(sent);
        fixture.clock().advance(Duration.ofMinutes(61));
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP"))
                .expectEvents(FirstFactorCodeIssued.class, AuthChallengeIssued.class);
    }

    @Test
    void aCodeAnsweredAfterTheSessionExpiredIsRefused() {
        var challenge = userAuth(fixture.engine(), "alice", "PREFERRED_CHALLENGE", "SMS_OTP");
        String code = fixture.lastMessage(pool, "alice").code();
        fixture.clock().advance(Duration.ofMinutes(4));
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge.session(), "SMS_OTP", "SMS_OTP_CODE", code)))
                .expectFailure(NotAuthorizedException.class, "Invalid session for the user, session is expired.");
    }

    @Test
    void selectingSmsSendsACodeToThePhoneAndItSignsIn() {
        var select = userAuth(fixture.engine(), "alice");
        var sms = fixture.when(api -> api.respondToAuthChallenge(answer(select.session(), "SELECT_CHALLENGE", "ANSWER", "SMS_OTP")))
                .expectEvents(FirstFactorCodeIssued.class, AuthChallengeAnswered.class, AuthChallengeIssued.class)
                .result();
        assertThat(sms.challengeName()).isEqualTo("SMS_OTP");
        assertThat(sms.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS");
        var message = fixture.lastMessage(pool, "alice");
        assertThat(message.destination()).isEqualTo("+15555550100");
        assertThat(message.purpose()).isEqualTo("SMS_OTP");
        fixture.when(api -> api.respondToAuthChallenge(answer(sms.session(), "SMS_OTP", "SMS_OTP_CODE", message.code())))
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("SELECT_CHALLENGE", "SMS_OTP"))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void selectingThePasswordAnswersWithItInTheSameStep() {
        var select = userAuth(fixture.engine(), "alice");
        fixture.when(api -> api.respondToAuthChallenge(answer(select.session(), "SELECT_CHALLENGE", "ANSWER", "PASSWORD", "PASSWORD", PASSWORD)))
                .expectEvents(SignedIn.class, AuthChallengeAnswered.class)
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void selectingPasswordSrpGoesOnToThePasswordVerifier() {
        var select = userAuth(fixture.engine(), "alice");
        SrpClient srp = new SrpClient(new SecureRandom());
        var verifier = fixture.when(api -> api.respondToAuthChallenge(answer(select.session(), "SELECT_CHALLENGE", "ANSWER", "PASSWORD_SRP",
                        "SRP_A", srp.srpA())))
                .expectResult(r -> assertThat(r.challengeName()).isEqualTo("PASSWORD_VERIFIER")).result();
        Map<String, String> c = verifier.challengeParameters();
        PasswordClaim claim = srp.answer(SrpPrincipal.user(pool, c.get("USER_ID_FOR_SRP")), PASSWORD, c.get("SRP_B"), c.get("SALT"),
                c.get("SECRET_BLOCK"), fixture.clock().instant());
        fixture.when(api -> api.respondToAuthChallenge(answer(verifier.session(), "PASSWORD_VERIFIER", "PASSWORD_CLAIM_SECRET_BLOCK",
                        claim.secretBlock(), "PASSWORD_CLAIM_SIGNATURE", claim.signature(), "TIMESTAMP", claim.timestamp())))
                .expectEvent(SignedIn.class, e -> assertThat(e.authFlow()).isEqualTo("USER_AUTH"))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void aPreferredPasswordSrpAsksThePasswordVerifierAtOnce() {
        SrpClient srp = new SrpClient(new SecureRandom());
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "PASSWORD_SRP", "SRP_A", srp.srpA()))
                .expectResult(r -> {
                    assertThat(r.challengeName()).isEqualTo("PASSWORD_VERIFIER");
                    assertThat(r.challengeParameters()).containsKeys("SRP_B", "SALT", "SECRET_BLOCK");
                });
    }

    @Test
    void anAnswerTheUserCannotTakeIsRefusedWithoutATrace() {
        var select = userAuth(fixture.engine(), "alice");
        fixture.when(api -> api.respondToAuthChallenge(answer(select.session(), "SELECT_CHALLENGE", "ANSWER", "WEB_AUTHN")))
                .expectError(InvalidParameterException.class, "The challenge WEB_AUTHN is not available for the user.")
                .expectNoEvents();
    }

    @Test
    void aPreferenceTheUserCannotTakeFallsBackToTheChoice() {
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN"))
                .expectResult(r -> assertThat(r.challengeName()).isEqualTo("SELECT_CHALLENGE"));
    }

    @Test
    void aClientWithoutAllowUserAuthRefusesTheFlow() {
        String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "old").toBuilder()
                .explicitAuthFlows("ALLOW_USER_SRP_AUTH").build())).userPoolClient().clientId();
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(other).authFlow("USER_AUTH")
                        .authParameters(Map.of("USERNAME", "alice")).build()))
                .expectError(InvalidParameterException.class, "USER_AUTH flow not enabled for this client")
                .expectNoEvents();
    }

    @Test
    void aDisabledUserIsRefusedBeforeAnyChoice() {
        fixture.givenThat(api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()));
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP"))
                .expectFailure(NotAuthorizedException.class, "User is disabled.")
                .expectEvents(SignInFailed.class);
        assertThat(fixture.outbox().messages(pool, "alice")).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFound() {
        fixture.when(api -> userAuth(api, "nobody"))
                .expectError(UserNotFoundException.class, "User does not exist.")
                .expectNoEvents();
    }

    @Test
    void anUnconfirmedUserIsSentNoCode() {
        fixture.givenThat(api -> api.signUp(SignUpRequest.builder().clientId(client).username("bob").password(PASSWORD)
                .userAttributes(Requests.attributes("email", "bob@example.com")).build()));
        fixture.givenThat(api -> api.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(pool).username("bob")
                .userAttributes(Requests.attributes("email_verified", "true")).build()));
        int before = fixture.outbox().messages(pool, "bob").size();
        fixture.when(api -> userAuth(api, "bob", "PREFERRED_CHALLENGE", "EMAIL_OTP"))
                .expectFailure(UserNotConfirmedException.class, "User is not confirmed.");
        assertThat(fixture.outbox().messages(pool, "bob")).hasSize(before);
    }

    @Test
    void aOneTimeCodeIsOneFactorEnoughWhileThePasswordIsFollowedByMfa() {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                .smsMfaConfiguration(SmsMfaConfigType.builder().smsAuthenticationMessage("Code {####}").build()).build()));
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .smsMfaSettings(SMSMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build()));
        fixture.when(api -> userAuth(api, "alice", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", PASSWORD))
                .expectEvents(MfaChallengeIssued.class, AuthChallengeIssued.class)
                .expectResult(r -> assertThat(r.challengeName()).isEqualTo("SMS_MFA"));
        var email = userAuth(fixture.engine(), "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP");
        fixture.when(api -> api.respondToAuthChallenge(answer(email.session(), "EMAIL_OTP", "EMAIL_OTP_CODE", fixture.lastMessage(pool, "alice").code())))
                .expectEvents(MfaChallengePassed.class, SignedIn.class, AuthChallengeAnswered.class)
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void adminInitiateAuthServesTheFlowToo() {
        fixture.when(api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client).authFlow("USER_AUTH")
                        .authParameters(Map.of("USERNAME", "alice")).build()))
                .expectResult(r -> assertThat(r.availableChallenges()).contains("EMAIL_OTP"));
    }
}
