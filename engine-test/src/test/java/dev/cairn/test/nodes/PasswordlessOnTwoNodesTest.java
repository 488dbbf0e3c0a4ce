package dev.cairn.test.nodes;

import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.RefreshTokenReuseException;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.test.Requests;
import dev.cairn.test.passwordless.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refresh token rotation, passkeys and one-time codes decide across requests; with two engines on
 * one PostgreSQL database, what one node decided binds the other: a token rotated out on one node
 * is a replay on the other, a passkey's counter moved on one node is checked on the other, a
 * deleted passkey and a spent code are gone everywhere.
 */
class PasswordlessOnTwoNodesTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    record Setup(String pool, String client) {
    }

    static Setup setUp(CairnEngine a, RefreshTokenRotationType rotation) {
        String pool = a.createUserPool(Requests.createUserPool("nodes").toBuilder()
                .policies(UserPoolPolicyType.builder().signInPolicy(SignInPolicyType.builder()
                        .allowedFirstAuthFactors("PASSWORD", "EMAIL_OTP", "WEB_AUTHN").build()).build()).build()).userPool().id();
        a.setUserPoolMfaConfig(SetUserPoolMfaConfigRequest.builder().userPoolId(pool).mfaConfiguration("OFF")
                .webAuthnConfiguration(WebAuthnConfigurationType.builder().relyingPartyId("example.com").build()).build());
        String client = a.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
                .explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH").refreshTokenRotation(rotation).build()).userPoolClient().clientId();
        a.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com", "email_verified", "true"));
        a.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice").password(PASSWORD).permanent(true).build());
        return new Setup(pool, client);
    }

    static AuthenticationResultType password(CairnEngine node, String client) {
        return node.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", PASSWORD)).build()).authenticationResult();
    }

    @Test
    void aTokenRotatedOutOnOneNodeIsAReplayOnTheOtherAndRevokesTheFamilyEverywhere() {
        try (Deployment deployment = Deployment.of(2, 11)) {
            CairnEngine a = deployment.node(0), b = deployment.node(1);
            Setup s = setUp(a, RefreshTokenRotationType.builder().feature("ENABLED").retryGracePeriodSeconds(5).build());
            String first = password(a, s.client()).refreshToken();
            String second = b.getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest.builder().clientId(s.client()).refreshToken(first).build())
                    .authenticationResult().refreshToken();
            // within the grace period, the other node still takes the old token
            assertThat(a.getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest.builder().clientId(s.client()).refreshToken(first).build())
                    .authenticationResult().refreshToken()).isNotBlank();
            deployment.clock().advance(Duration.ofSeconds(6));
            assertThatThrownBy(() -> a.getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest.builder().clientId(s.client())
                    .refreshToken(first).build())).isInstanceOf(RefreshTokenReuseException.class);
            for (CairnEngine node : deployment.nodes()) {
                assertThatThrownBy(() -> node.getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest.builder().clientId(s.client())
                        .refreshToken(second).build())).isInstanceOf(NotAuthorizedException.class).hasMessage("Refresh Token has been revoked");
            }
        }
    }

    @Test
    void aPasskeyRegisteredOnOneNodeSignsInOnTheOtherAndItsCounterAndDeletionHoldEverywhere() {
        try (Deployment deployment = Deployment.of(2, 13)) {
            CairnEngine a = deployment.node(0), b = deployment.node(1);
            Setup s = setUp(a, null);
            String access = password(a, s.client()).accessToken();
            SoftwareAuthenticator key = new SoftwareAuthenticator("https://example.com");
            Object options = a.startWebAuthnRegistration(StartWebAuthnRegistrationRequest.builder().accessToken(access).build()).credentialCreationOptions();
            b.completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest.builder().accessToken(access).credential(key.register(options)).build());

            assertThat(passkeySignIn(a, b, s.client(), key)).isNotNull();
            assertThat(passkeySignIn(b, a, s.client(), key)).isNotNull();
            key.rewindCounterTo(1); // a clone that lags: the counter the other node recorded is higher
            assertThatThrownBy(() -> passkeySignIn(a, b, s.client(), key)).isInstanceOf(NotAuthorizedException.class);

            assertThat(b.listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build()).credentials()).hasSize(1);
            a.deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest.builder().accessToken(access).credentialId(key.credentialId()).build());
            assertThat(b.listWebAuthnCredentials(ListWebAuthnCredentialsRequest.builder().accessToken(access).build()).credentials()).isEmpty();
        }
    }

    /** WEB_AUTHN asked on {@code asking}, answered on {@code answering}. */
    static AuthenticationResultType passkeySignIn(CairnEngine asking, CairnEngine answering, String client, SoftwareAuthenticator key) {
        var challenge = asking.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("USER_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "WEB_AUTHN")).build());
        String assertion = key.authenticate(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
        return answering.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client).challengeName("WEB_AUTHN")
                .session(challenge.session()).challengeResponses(Map.of("USERNAME", "alice", "CREDENTIAL", assertion)).build()).authenticationResult();
    }

    @Test
    void anEmailCodeSentByOneNodeIsAnsweredOnTheOtherOnce() {
        try (Deployment deployment = Deployment.of(2, 17)) {
            CairnEngine a = deployment.node(0), b = deployment.node(1);
            Setup s = setUp(a, null);
            var challenge = a.initiateAuth(InitiateAuthRequest.builder().clientId(s.client()).authFlow("USER_AUTH")
                    .authParameters(Map.of("USERNAME", "alice", "PREFERRED_CHALLENGE", "EMAIL_OTP")).build());
            var messages = deployment.outbox().messages(s.pool(), "alice");
            String code = messages.get(messages.size() - 1).code();
            var answer = RespondToAuthChallengeRequest.builder().clientId(s.client()).challengeName("EMAIL_OTP").session(challenge.session())
                    .challengeResponses(Map.of("USERNAME", "alice", "EMAIL_OTP_CODE", code)).build();
            assertThat(b.respondToAuthChallenge(answer).authenticationResult().accessToken()).isNotBlank();
            assertThatThrownBy(() -> a.respondToAuthChallenge(answer)).isInstanceOf(NotAuthorizedException.class);
        }
    }
}
