package dev.cairn.test.passwordless;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.error.WebAuthnChallengeNotFoundException;
import dev.cairn.api.error.WebAuthnConfigurationMissingException;
import dev.cairn.api.error.WebAuthnCredentialNotSupportedException;
import dev.cairn.api.error.WebAuthnNotEnabledException;
import dev.cairn.api.error.WebAuthnOriginNotAllowedException;
import dev.cairn.api.error.WebAuthnRelyingPartyMismatchException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.WebAuthnCredentialDeleted;
import dev.cairn.api.event.WebAuthnCredentialRegistered;
import dev.cairn.api.event.WebAuthnCredentialUsed;
import dev.cairn.api.event.WebAuthnRegistrationStarted;
import dev.cairn.api.model.*;
import dev.cairn.core.json.Json;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys: registration (StartWebAuthnRegistration, CompleteWebAuthnRegistration), listing and
 * deleting them, and signing in with one (USER_AUTH, WEB_AUTHN). The software authenticator makes
 * real WebAuthn messages; webauthn4j in the engine verifies them.
 */
class PasskeysTest {

    static final String PASSWORD = "Corr3ct-Horse!";
    static final String ORIGIN = "https://app.example.com";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("passkeys").toBuilder()
            .policies(SignInSettingsTest.firstFactors("PASSWORD", "WEB_AUTHN")).build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
    final String access;

    PasskeysTest() {
        passkeyConfig("preferred");
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "phone_number", "+15555550100")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
        access = SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().accessToken();
    }

    void passkeyConfig(String userVerification) {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OFF")
                .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId("example.com").userVerification(userVerification).build())
                .build()));
    }

    Object start() {
        return fixture.engine().startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build())
                .credentialCreationOptions();
    }

    CompleteWebAuthnRegistrationRequest complete(Object credential) {
        return CompleteWebAuthnRegistrationRequest.builder().accessToken(access).credential(credential).build();
    }

    SoftwareAuthenticator registered() {
        SoftwareAuthenticator a = new SoftwareAuthenticator(ORIGIN);
        fixture.engine().completeWebAuthnRegistration(complete(a.register(start())));
        return a;
    }

    InitiateAuthResponse passkeyChallenge() {
        return fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")).build());
    }

    RespondToAuthChallengeRequest answer(InitiateAuthResponse challenge, String credential) {
        return RespondToAuthChallengeRequest.builder().clientId(client).challengeName("WEB_AUTHN").session(challenge.session())
                .challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", credential)).build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return Json.MAPPER.convertValue(o, Map.class);
    }

    // ------------------------------------------------------------------ registration

    @Test
    void registrationOptionsNameTheRelyingPartyTheUserAndAFreshChallenge() {
        var options = fixture.when(api -> api.startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build()))
                .expectEvents(WebAuthnRegistrationStarted.class)
                .result().credentialCreationOptions();
        Map<String, Object> o = map(options);
        assertThat(map(o.get("rp"))).containsEntry("id", "example.com");
        assertThat(map(o.get("user"))).containsEntry("name", "alice");
        assertThat((String) o.get("challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(o).containsEntry("attestation", "none");
        assertThat(map(o.get("authenticatorSelection"))).containsEntry("userVerification", "preferred");
    }

    @Test
    void aNoneAttestationFromTheRelyingPartysOriginRegistersThePasskey() {
        SoftwareAuthenticator a = new SoftwareAuthenticator(ORIGIN);
        Object credential = a.register(start());
        fixture.when(api -> api.completeWebAuthnRegistration(complete(credential)))
                .expectEvents(WebAuthnCredentialRegistered.class)
                .expectEvent(WebAuthnCredentialRegistered.class, e -> {
                    assertThat(e.credentialId()).isEqualTo(a.credentialId());
                    assertThat(e.relyingPartyId()).isEqualTo("example.com");
                    assertThat(e.userVerified()).isTrue();
                });
        var listed = fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build()).credentials();
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.credentialId()).isEqualTo(a.credentialId());
            assertThat(c.relyingPartyId()).isEqualTo("example.com");
            assertThat(c.authenticatorTransports()).containsExactly("internal");
            assertThat(c.authenticatorAttachment()).isEqualTo("platform");
            assertThat(c.friendlyCredentialName()).isNotBlank();
            assertThat(c.createdAt()).isEqualTo(fixture.clock().instant());
        });
    }

    @Test
    void aRegistrationWithoutAStartedOneIsRefused() {
        SoftwareAuthenticator a = new SoftwareAuthenticator(ORIGIN);
        Map<String, Object> options = new HashMap<>(map(start()));
        fixture.engine().completeWebAuthnRegistration(complete(new SoftwareAuthenticator(ORIGIN).register(options)));
        fixture.when(api -> api.completeWebAuthnRegistration(complete(a.register(options))))
                .expectError(WebAuthnChallengeNotFoundException.class).expectNoEvents();
    }

    @Test
    void aRegistrationAnsweringAnEarlierChallengeIsRefused() {
        Object first = start();
        start();
        fixture.when(api -> api.completeWebAuthnRegistration(complete(new SoftwareAuthenticator(ORIGIN).register(first))))
                .expectError(WebAuthnChallengeNotFoundException.class).expectNoEvents();
    }

    @Test
    void aRegistrationAnsweredTooLateIsRefused() {
        Object options = start();
        fixture.clock().advance(Duration.ofMinutes(6));
        fixture.when(api -> api.completeWebAuthnRegistration(complete(new SoftwareAuthenticator(ORIGIN).register(options))))
                .expectError(WebAuthnChallengeNotFoundException.class).expectNoEvents();
    }

    @Test
    void aRegistrationFromAnotherSiteIsRefused() {
        Object options = start();
        fixture.when(api -> api.completeWebAuthnRegistration(complete(new SoftwareAuthenticator("https://evil.test").register(options))))
                .expectError(WebAuthnOriginNotAllowedException.class).expectNoEvents();
    }

    @Test
    void aCredentialMadeForAnotherRelyingPartyIsRefused() {
        Map<String, Object> options = new HashMap<>(map(start()));
        options.put("rp", Map.of("id", "other.example.org", "name", "x"));
        fixture.when(api -> api.completeWebAuthnRegistration(complete(new SoftwareAuthenticator(ORIGIN).register(options))))
                .expectError(WebAuthnRelyingPartyMismatchException.class).expectNoEvents();
    }

    @Test
    void aPoolRequiringUserVerificationRefusesAnAuthenticatorWithout() {
        passkeyConfig("required");
        Object options = start();
        fixture.when(api -> api.completeWebAuthnRegistration(complete(new SoftwareAuthenticator(ORIGIN).withoutUserVerification().register(options))))
                .expectError(WebAuthnCredentialNotSupportedException.class).expectNoEvents();
    }

    @Test
    void aCredentialThatIsNotOneIsRefused() {
        start();
        fixture.when(api -> api.completeWebAuthnRegistration(complete(Map.of("id", "x", "type", "public-key"))))
                .expectError(InvalidParameterException.class).expectNoEvents();
    }

    @Test
    void aPoolWithoutPasskeySignInRefusesRegistration() {
        fixture.givenThat(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(pool).build()));
        fixture.when(api -> api.startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build()))
                .expectError(WebAuthnNotEnabledException.class).expectNoEvents();
    }

    @Test
    void aPoolWithoutRelyingPartyOrDomainCannotRegister() {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OFF").build()));
        fixture.when(api -> api.startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build()))
                .expectError(WebAuthnConfigurationMissingException.class).expectNoEvents();
    }

    @Test
    void twentyPasskeysAreTheMost() {
        for (int i = 0; i < 20; i++) registered();
        fixture.when(api -> api.startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build()))
                .expectError(LimitExceededException.class).expectNoEvents();
    }

    // ------------------------------------------------------------------ list and delete

    @Test
    void credentialsAreListedInPages() {
        SoftwareAuthenticator a = registered(), b = registered(), c = registered();
        var first = fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).maxResults(2).build());
        assertThat(first.credentials()).extracting(WebAuthnCredentialDescription::credentialId).containsExactly(a.credentialId(), b.credentialId());
        assertThat(first.nextToken()).isNotBlank();
        var second = fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).maxResults(2)
                .nextToken(first.nextToken()).build());
        assertThat(second.credentials()).extracting(WebAuthnCredentialDescription::credentialId).containsExactly(c.credentialId());
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void theListIsAProjectionARebuildReproduces() {
        registered();
        registered();
        var before = fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build());
        fixture.engine().rebuildProjections();
        assertThat(fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build()))
                .isEqualTo(before);
    }

    @Test
    void aDeletedPasskeySignsNobodyIn() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        fixture.when(api -> api.deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest.builder().accessToken(access)
                        .credentialId(a.credentialId()).build()))
                .expectEvents(WebAuthnCredentialDeleted.class);
        assertThat(fixture.engine().listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build()).credentials())
                .isEmpty();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, a.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))))
                .expectFailure(NotAuthorizedException.class, "The passkey could not be verified.")
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class);
        assertThat(passkeyChallenge().challengeName()).isEqualTo("SELECT_CHALLENGE"); // no passkey left to offer
    }

    @Test
    void deletingAnUnknownPasskeyIsNotFound() {
        fixture.when(api -> api.deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest.builder().accessToken(access).credentialId("nope").build()))
                .expectError(ResourceNotFoundException.class).expectNoEvents();
    }

    // ------------------------------------------------------------------ sign-in

    @Test
    void aPasskeySignsInWithASignedAssertion() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_AUTH")
                        .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")).build()))
                .expectEvents(AuthChallengeIssued.class).result();
        assertThat(challenge.challengeName()).isEqualTo("WEB_AUTHN");
        Map<String, Object> options = map(Json.read(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"), Map.class));
        assertThat(options).containsEntry("rpId", "example.com");
        assertThat(options.get("allowCredentials").toString()).contains(a.credentialId());
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, a.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))))
                .expectEvents(WebAuthnCredentialUsed.class, SignedIn.class, AuthChallengeAnswered.class)
                .expectEvent(WebAuthnCredentialUsed.class, e -> {
                    assertThat(e.signCount()).isEqualTo(1);
                    assertThat(e.userVerified()).isTrue();
                })
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("WEB_AUTHN"))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
    }

    @Test
    void anAssertionOverAnotherChallengeIsRefused() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, a.authenticate("c29tZXRoaW5nLWVsc2U", "example.com"))))
                .expectFailure(NotAuthorizedException.class, "The passkey could not be verified.")
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("PASSKEY_NOT_VERIFIED"));
    }

    @Test
    void anAssertionForAnotherRelyingPartyOrFromAnotherSiteIsRefused() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        String challengeValue = map(Json.read(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"), Map.class)).get("challenge").toString();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, a.authenticate(challengeValue, "other.example.org"))))
                .expectFailure(NotAuthorizedException.class, "The passkey could not be verified.");
    }

    @Test
    void aTamperedSignatureIsRefused() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        Map<String, Object> assertion = map(Json.read(a.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")), Map.class));
        Map<String, Object> response = new HashMap<>(map(assertion.get("response")));
        response.put("signature", new SoftwareAuthenticator(ORIGIN).authenticate("eA", "example.com").replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1"));
        Map<String, Object> forged = new HashMap<>(assertion);
        forged.put("response", response);
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, Json.write(forged))))
                .expectFailure(NotAuthorizedException.class, "The passkey could not be verified.");
    }

    @Test
    void aCounterGoingBackwardsIsACloneAndRefused() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse first = passkeyChallenge();
        fixture.engine().respondToAuthChallenge(answer(first, a.authenticate(first.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"))));
        InitiateAuthResponse second = passkeyChallenge();
        fixture.engine().respondToAuthChallenge(answer(second, a.authenticate(second.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"))));
        a.rewindCounterTo(0); // the clone signs with counter 1 again
        InitiateAuthResponse third = passkeyChallenge();
        fixture.when(api -> api.respondToAuthChallenge(answer(third, a.authenticate(third.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))))
                .expectFailure(NotAuthorizedException.class, "The passkey could not be verified.");
    }

    @Test
    void anAssertionAnswersItsStepOnce() {
        SoftwareAuthenticator a = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        String assertion = a.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
        fixture.engine().respondToAuthChallenge(answer(challenge, assertion));
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, assertion)))
                .expectError(NotAuthorizedException.class, "Invalid session for the user, session can only be used once.");
    }

    @Test
    void aPasskeyThatVerifiedTheUserSatisfiesMfaAndOneThatDidNotIsFollowedByIt() {
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("ON")
                .smsMfaConfiguration(SmsMfaConfigType.builder().smsAuthenticationMessage("Code {####}").build())
                .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId("example.com").userVerification("preferred").build())
                .build()));
        SoftwareAuthenticator verifying = registered();
        InitiateAuthResponse challenge = passkeyChallenge();
        fixture.when(api -> api.respondToAuthChallenge(answer(challenge, verifying.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))))
                .expectEvents(WebAuthnCredentialUsed.class, SignedIn.class, AuthChallengeAnswered.class);
        SoftwareAuthenticator presenceOnly = new SoftwareAuthenticator(ORIGIN).withoutUserVerification();
        fixture.engine().completeWebAuthnRegistration(complete(presenceOnly.register(start())));
        InitiateAuthResponse again = passkeyChallenge();
        fixture.when(api -> api.respondToAuthChallenge(answer(again, presenceOnly.authenticate(again.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))))
                .expectEvents(WebAuthnCredentialUsed.class, MfaChallengeIssued.class, AuthChallengeAnswered.class, AuthChallengeIssued.class)
                .expectResult(r -> assertThat(r.challengeName()).isEqualTo("SMS_MFA"));
    }

    // ------------------------------------------------------------------ GetUserAuthFactors

    @Test
    void authFactorsListThePoolsFirstFactorsTheUserHasAndItsMfa() {
        assertThat(fixture.engine().getUserAuthFactors(GetUserAuthFactorsRequest.builder().accessToken(access).build()))
                .satisfies(r -> {
                    assertThat(r.username()).isEqualTo("alice");
                    assertThat(r.configuredUserAuthFactors()).containsExactly("PASSWORD");
                    assertThat(r.userMFASettingList()).isNull();
                });
        registered();
        fixture.givenThat(api -> api.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OPTIONAL")
                .smsMfaConfiguration(SmsMfaConfigType.builder().smsAuthenticationMessage("Code {####}").build())
                .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId("example.com").build()).build()));
        fixture.givenThat(api -> api.adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest.builder().userPoolId(pool).username("alice")
                .smsMfaSettings(SMSMfaSettingsType.builder().enabled(true).preferredMfa(true).build()).build()));
        assertThat(fixture.engine().getUserAuthFactors(GetUserAuthFactorsRequest.builder().accessToken(access).build()))
                .satisfies(r -> {
                    assertThat(r.configuredUserAuthFactors()).containsExactly("PASSWORD", "WEB_AUTHN");
                    assertThat(r.userMFASettingList()).containsExactly("SMS_MFA");
                    assertThat(r.preferredMfaSetting()).isEqualTo("SMS_MFA");
                });
    }

    @Test
    void authFactorsNeedAValidAccessToken() {
        fixture.when(api -> api.getUserAuthFactors(GetUserAuthFactorsRequest.builder().accessToken("not-a-token").build()))
                .expectError(NotAuthorizedException.class);
    }
}
