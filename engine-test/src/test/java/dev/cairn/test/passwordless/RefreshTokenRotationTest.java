package dev.cairn.test.passwordless;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.RefreshTokenReuseException;
import dev.cairn.api.event.RefreshTokenReuseDetected;
import dev.cairn.api.event.RefreshTokenRotated;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.api.model.*;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GetTokensFromRefreshToken, with and without refresh token rotation. */
class RefreshTokenRotationTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("rotation"))).userPool().id();

    RefreshTokenRotationTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "alice@example.com")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    String rotatingClient(int grace) {
        return fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "rotating").toBuilder()
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH")
                .refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").retryGracePeriodSeconds(grace).build()).build()))
                .userPoolClient().clientId();
    }

    String refreshToken(String client) {
        return SignIn.password(fixture.engine(), client, "alice", PASSWORD).authenticationResult().refreshToken();
    }

    static GetTokensFromRefreshTokenRequest refresh(String client, String token) {
        return GetTokensFromRefreshTokenRequest.builder().clientId(client).refreshToken(token).build();
    }

    @Test
    void withoutRotationNewIdAndAccessTokensComeAndTheRefreshTokenStays() {
        String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "plain").toBuilder()
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient().clientId();
        String token = refreshToken(client);
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, token)))
                .expectEvents(TokensRefreshed.class)
                .expectResult(r -> {
                    assertThat(r.authenticationResult().accessToken()).isNotBlank();
                    assertThat(r.authenticationResult().idToken()).isNotBlank();
                    assertThat(r.authenticationResult().refreshToken()).isNull();
                });
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, token))).expectEvents(TokensRefreshed.class);
    }

    @Test
    void withRotationEachRefreshGivesANewRefreshTokenOfTheSameFamily() {
        String client = rotatingClient(10);
        String first = refreshToken(client);
        String second = fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, first)))
                .expectEvents(TokensRefreshed.class, RefreshTokenRotated.class)
                .expectEvent(RefreshTokenRotated.class, e -> {
                    assertThat(e.retryGracePeriodSeconds()).isEqualTo(10);
                    assertThat(e.toString()).doesNotContain(first);
                })
                .result().authenticationResult().refreshToken();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        String third = fixture.engine().getTokensFromRefreshToken(refresh(client, second)).authenticationResult().refreshToken();
        assertThat(third).isNotEqualTo(second);
    }

    @Test
    void aRotatedOutTokenWorksWithinTheGracePeriod() {
        String client = rotatingClient(30);
        String first = refreshToken(client);
        fixture.engine().getTokensFromRefreshToken(refresh(client, first));
        fixture.clock().advance(Duration.ofSeconds(29));
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, first)))
                .expectEvents(TokensRefreshed.class, RefreshTokenRotated.class)
                .expectResult(r -> assertThat(r.authenticationResult().refreshToken()).isNotBlank());
    }

    @Test
    void aRotatedOutTokenReplayedAfterTheGracePeriodRevokesTheWholeFamily() {
        String client = rotatingClient(30);
        String first = refreshToken(client);
        var refreshed = fixture.engine().getTokensFromRefreshToken(refresh(client, first)).authenticationResult();
        fixture.clock().advance(Duration.ofSeconds(30));
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, first)))
                .expectFailure(RefreshTokenReuseException.class, "Refresh token has been reused; the refresh tokens issued with it are revoked.")
                .expectEvents(RefreshTokenReuseDetected.class);
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, refreshed.refreshToken())))
                .expectError(NotAuthorizedException.class, "Refresh Token has been revoked").expectNoEvents();
        fixture.when(api -> api.getUser(GetUserRequest.builder().accessToken(refreshed.accessToken()).build()))
                .expectError(NotAuthorizedException.class);
    }

    @Test
    void aRetryWithinTheGracePeriodDoesNotLengthenIt() {
        String client = rotatingClient(30);
        String first = refreshToken(client);
        fixture.engine().getTokensFromRefreshToken(refresh(client, first));
        fixture.clock().advance(Duration.ofSeconds(20));
        fixture.engine().getTokensFromRefreshToken(refresh(client, first));
        fixture.clock().advance(Duration.ofSeconds(15));
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, first)))
                .expectFailure(RefreshTokenReuseException.class, "Refresh token has been reused; the refresh tokens issued with it are revoked.")
                .expectEvents(RefreshTokenReuseDetected.class);
    }

    @Test
    void withoutAGracePeriodTheOldTokenIsDeadAtOnce() {
        String client = rotatingClient(0);
        String first = refreshToken(client);
        fixture.engine().getTokensFromRefreshToken(refresh(client, first));
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, first)))
                .expectFailure(RefreshTokenReuseException.class, "Refresh token has been reused; the refresh tokens issued with it are revoked.")
                .expectEvents(RefreshTokenReuseDetected.class);
    }

    @Test
    void aRotatingClientRefusesRefreshTokenAuth() {
        String client = rotatingClient(0);
        String first = refreshToken(client);
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("REFRESH_TOKEN_AUTH")
                        .authParameters(Map.of("REFRESH_TOKEN", first)).build()))
                .expectError(InvalidParameterException.class, "REFRESH_TOKEN_AUTH flow not enabled for this client").expectNoEvents();
    }

    @Test
    void aConfidentialClientMustGiveItsSecret() {
        var created = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "server").toBuilder().generateSecret(true)
                .explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH")
                .refreshTokenRotation(RefreshTokenRotationType.builder().feature("ENABLED").build()).build())).userPoolClient();
        String token = fixture.engine().adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(created.clientId())
                .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
                        "SECRET_HASH", dev.cairn.core.client.AppClients.hash(created.clientSecret(), "alice", created.clientId()))).build())
                .authenticationResult().refreshToken();
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(created.clientId(), token)))
                .expectError(NotAuthorizedException.class).expectNoEvents();
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(created.clientId(), token).toBuilder().clientSecret("wrongsecretwrongsecretwrongsecret").build()))
                .expectError(NotAuthorizedException.class).expectNoEvents();
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(created.clientId(), token).toBuilder().clientSecret(created.clientSecret()).build()))
                .expectEvents(TokensRefreshed.class, RefreshTokenRotated.class);
    }

    @Test
    void aTokenOfAnotherClientOrNoTokenAtAllIsRefused() {
        String client = rotatingClient(5);
        String other = rotatingClient(5);
        String token = refreshToken(client);
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(other, token)))
                .expectError(NotAuthorizedException.class, "Invalid Refresh Token").expectNoEvents();
        fixture.when(api -> api.getTokensFromRefreshToken(refresh(client, "garbage")))
                .expectError(NotAuthorizedException.class, "Invalid Refresh Token").expectNoEvents();
    }

    @Test
    void theTokenEndpointRotatesForARotatingClientAndRefusesAReplayAsInvalidGrant() {
        String client = rotatingClient(0);
        String first = refreshToken(client);
        var refreshed = fixture.when(api -> api.oauth2Token(pool, new TokenRequest("refresh_token", client, null, null, first)))
                .expectEvents(TokensRefreshed.class, RefreshTokenRotated.class).result();
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first);
        var replay = fixture.when(api -> api.oauth2Token(pool, new TokenRequest("refresh_token", client, null, null, first)))
                .expectEvents(RefreshTokenReuseDetected.class);
        assertThat(replay.error()).isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.engine().oauth2Token(pool,
                        new TokenRequest("refresh_token", client, null, null, refreshed.refreshToken())))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }
}
