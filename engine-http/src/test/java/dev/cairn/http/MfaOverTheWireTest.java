package dev.cairn.http;

import dev.cairn.core.mfa.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AWS SDK for Java v2 signs in through the MFA challenges over HTTP: MFA_SETUP with the
 * Session (AssociateSoftwareToken, VerifySoftwareToken, then RespondToAuthChallenge), then
 * SOFTWARE_TOKEN_MFA on the next sign-in, and SMS_MFA with the code read from the local outbox.
 */
class MfaOverTheWireTest {

    private final WireFixture wire = new WireFixture();
    private final CognitoIdentityProviderClient cognito = wire.sdk();

    @AfterEach
    void stop() {
        cognito.close();
        wire.close();
    }

    private String client(String pool) {
        return cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
    }

    private void user(String pool, String username) {
        cognito.adminCreateUser(b -> b.userPoolId(pool).username(username).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("phone_number").value("+15555550123").build()));
        cognito.adminSetUserPassword(b -> b.userPoolId(pool).username(username).password("Perm-Passw0rd!").permanent(true));
    }

    private InitiateAuthResponse signIn(String client, String username) {
        return cognito.initiateAuth(b -> b.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", "Perm-Passw0rd!")));
    }

    @Test
    void aRequiredAuthenticatorIsSetUpDuringTheFirstSignInAndAskedAtTheNext() throws Exception {
        String pool = cognito.createUserPool(b -> b.poolName("totp")).userPool().id();
        cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration(UserPoolMfaType.ON).softwareTokenMfaConfiguration(t -> t.enabled(true)));
        String client = client(pool);
        user(pool, "tom");

        InitiateAuthResponse setup = signIn(client, "tom");
        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(setup.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
        AssociateSoftwareTokenResponse associated = cognito.associateSoftwareToken(b -> b.session(setup.session()));
        String secret = associated.secretCode();
        VerifySoftwareTokenResponse verified = cognito.verifySoftwareToken(b -> b.session(associated.session())
                .userCode(Totp.code(secret, Totp.step(Instant.now()))).friendlyDeviceName("phone"));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        RespondToAuthChallengeResponse first = cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.MFA_SETUP)
                .session(verified.session()).challengeResponses(Map.of("USERNAME", "tom")));
        assertThat(first.authenticationResult().accessToken()).isNotBlank();

        InitiateAuthResponse totp = signIn(client, "tom");
        assertThat(totp.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThatThrownBy(() -> cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                .session(totp.session()).challengeResponses(Map.of("USERNAME", "tom", "SOFTWARE_TOKEN_MFA_CODE", wrong(secret)))))
                .isInstanceOf(CodeMismatchException.class);
        // The code that verified the authenticator is spent; the next step's code signs in.
        Thread.sleep(Math.max(0, (Totp.step(Instant.now()) + 1) * 30_000 - Instant.now().toEpochMilli()) + 100);
        RespondToAuthChallengeResponse second = cognito.respondToAuthChallenge(b -> b.clientId(client)
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session(totp.session())
                .challengeResponses(Map.of("USERNAME", "tom", "SOFTWARE_TOKEN_MFA_CODE", Totp.code(secret, Totp.step(Instant.now())))));
        assertThat(second.authenticationResult().idToken()).isNotBlank();
        assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("tom")).preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    }

    @Test
    void smsMfaSendsACodeThatTheOutboxShows() {
        String pool = cognito.createUserPool(b -> b.poolName("sms")).userPool().id();
        cognito.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration(UserPoolMfaType.ON)
                .smsMfaConfiguration(s -> s.smsAuthenticationMessage("Code: {####}")));
        String client = client(pool);
        user(pool, "sue");
        InitiateAuthResponse sms = signIn(client, "sue");
        assertThat(sms.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
        assertThat(sms.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
                .containsEntry("CODE_DELIVERY_DESTINATION", "+*******0123");
        var messages = wire.outbox(pool, "sue");
        var last = messages.get(messages.size() - 1);
        assertThat(last.path("Purpose").asText()).isEqualTo("SMS_MFA");
        String code = last.path("Code").asText();
        RespondToAuthChallengeResponse tokens = cognito.respondToAuthChallenge(b -> b.clientId(client).challengeName(ChallengeNameType.SMS_MFA)
                .session(sms.session()).challengeResponses(Map.of("USERNAME", "sue", "SMS_MFA_CODE", code)));
        assertThat(tokens.authenticationResult().refreshToken()).isNotBlank();
    }

    private static String wrong(String secret) {
        long step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(Totp.code(secret, step - 1)) && !code.equals(Totp.code(secret, step)) && !code.equals(Totp.code(secret, step + 1))) {
                return code;
            }
        }
    }
}
