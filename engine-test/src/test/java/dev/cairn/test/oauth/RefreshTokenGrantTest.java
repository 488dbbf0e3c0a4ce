package dev.cairn.test.oauth;

import dev.cairn.api.model.*;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.core.oauth.TokenResponse;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token endpoint's refresh_token grant refreshes as REFRESH_TOKEN_AUTH does, for a client authenticated by the endpoint. */
class RefreshTokenGrantTest {

    private static final String PASSWORD = "Passw0rd!Passw0rd";

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();

    RefreshTokenGrantTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice").toBuilder().messageAction("SUPPRESS").build()));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    private UserPoolClientType publicClient(String... flows) {
        return fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "spa").toBuilder().explicitAuthFlows(flows).build()))
                .userPoolClient();
    }

    private String refreshTokenOf(UserPoolClientType client) {
        return fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(client.clientId()).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build()).authenticationResult().refreshToken();
    }

    private void refused(TokenRequest request, String error) {
        assertThatThrownBy(() -> fixture.engine().oauth2Token(pool, request))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void aPublicClientRefreshesByItsIdAlone() {
        var spa = publicClient("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        String refresh = refreshTokenOf(spa);
        fixture.clock().advance(java.time.Duration.ofMinutes(5));
        TokenResponse refreshed = fixture.engine().oauth2Token(pool, new TokenRequest("refresh_token", spa.clientId(), null, null, refresh));
        assertThat(refreshed.idToken()).isNotBlank();
        assertThat(refreshed.accessToken()).isNotBlank();
        assertThat(refreshed.refreshToken()).isNull();
        refused(new TokenRequest("refresh_token", spa.clientId(), "a-secret-it-does-not-have", null, refresh), "invalid_client");
    }

    @Test
    void aClientThatDoesNotAllowRefreshIsUnauthorizedClient() {
        var spa = publicClient("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        String refresh = refreshTokenOf(spa);
        fixture.givenThat(api -> api.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(pool).clientId(spa.clientId())
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH").build()));
        refused(new TokenRequest("refresh_token", spa.clientId(), null, null, refresh), "unauthorized_client");
    }

    @Test
    void aRevokedOrForgedRefreshTokenIsInvalidGrant() {
        var spa = publicClient("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        String refresh = refreshTokenOf(spa);
        fixture.givenThat(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(spa.clientId()).token(refresh).build()));
        refused(new TokenRequest("refresh_token", spa.clientId(), null, null, refresh), "invalid_grant");
        refused(new TokenRequest("refresh_token", spa.clientId(), null, null, "forged"), "invalid_grant");
        refused(new TokenRequest("refresh_token", spa.clientId(), null, null, null), "invalid_request");
        refused(new TokenRequest(null, spa.clientId(), null, null, refresh), "invalid_request");
    }
}
