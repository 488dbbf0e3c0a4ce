package dev.cairn.test.oauth;

import dev.cairn.api.event.AuthorizationCodeIssued;
import dev.cairn.api.event.AuthorizationCodeRedeemed;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.*;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.oauth.Pkce;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given-when-then: the decisions behind /oauth2/authorize and the authorization_code grant. The
 * UserPool aggregate decides what a client may be answered (writing nothing); the AuthorizationCode
 * aggregate issues and redeems codes (single use, five minutes, client, redirect_uri, PKCE); the User
 * aggregate signs in on the hosted page as in any flow and records the tokens a code buys.
 */
class AuthorizationCodeGrantTest {

    private static final String PASSWORD = "Passw0rd!Passw0rd";
    private static final String CALLBACK = "https://app.example.com/cb";

    private final CairnFixture fixture = CairnFixture.inMemory();
    private final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    private final UserPoolClientType web = fixture.given(api -> api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool)
            .clientName("web").generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("code").callbackURLs(CALLBACK)
            .allowedOAuthScopes("openid", "email").build())).userPoolClient();
    private final String session;

    AuthorizationCodeGrantTest() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice").toBuilder().messageAction("SUPPRESS").build()));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
        session = fixture.given(api -> api.hostedSignIn(pool, web.clientId(), "alice", PASSWORD, null)).sessionCookie();
    }

    private AuthorizeRequest request(String responseType, String redirectUri, String scope, String challenge, String method) {
        return new AuthorizeRequest(responseType, web.clientId(), redirectUri, "st", scope, "n", challenge, method, null, null, null);
    }

    private String code(String challenge, String method) {
        AuthorizeAnswer answer = fixture.given(api -> api.oauth2Authorize(pool, request("code", CALLBACK, null, challenge, method), session));
        return URI.create(((AuthorizeAnswer.Redirect) answer).location()).getQuery().replaceAll(".*code=([^&]+).*", "$1");
    }

    private TokenRequest redeem(String code, String redirectUri, String verifier) {
        return new TokenRequest("authorization_code", web.clientId(), web.clientSecret(), null, null, code, redirectUri, verifier);
    }

    private static void invalidGrant(RuntimeException e) {
        assertThat(e).isInstanceOfSatisfying(OAuthException.class, o -> assertThat(o.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void aSignInOnTheHostedPageRecordsTheSignInWithoutARefreshToken() {
        fixture.when(api -> api.hostedSignIn(pool, web.clientId(), "alice", PASSWORD, null))
                .expectEvent(SignedIn.class, e -> {
                    assertThat(e.authFlow()).isEqualTo("HOSTED_UI");
                    assertThat(e.refreshTokenHash()).isNull();
                })
                .expectResult(r -> assertThat(r.sessionCookie()).isNotBlank());
    }

    @Test
    void aWrongPasswordOnTheHostedPageCountsTowardTheLockout() {
        fixture.when(api -> api.hostedSignIn(pool, web.clientId(), "alice", "wrong", null))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class);
        fixture.when(api -> api.hostedSignIn(pool, web.clientId(), "nobody", "wrong", null))
                .expectError(NotAuthorizedException.class, "Incorrect username or password.");
    }

    @Test
    void authorizeWithASessionIssuesACodeBoundToClientRedirectUriAndChallenge() {
        String verifier = "v".repeat(50);
        fixture.when(api -> api.oauth2Authorize(pool, request("code", CALLBACK, "openid", Pkce.s256(verifier), "S256"), session))
                .expectEvent(AuthorizationCodeIssued.class, e -> {
                    assertThat(e.clientId()).isEqualTo(web.clientId());
                    assertThat(e.redirectUri()).isEqualTo(CALLBACK);
                    assertThat(e.codeChallengeS256()).isEqualTo(Pkce.s256(verifier));
                    assertThat(e.scopes()).containsExactly("openid");
                    assertThat(e.nonce()).isEqualTo("n");
                    assertThat(e.expiresAt()).isEqualTo(fixture.clock().instant().plus(Duration.ofMinutes(5)));
                });
    }

    @Test
    void aPlainChallengeIsWrittenOnlyAsItsHash() {
        String verifier = "p".repeat(60);
        fixture.when(api -> api.oauth2Authorize(pool, request("code", CALLBACK, null, verifier, "plain"), session))
                .expectEvent(AuthorizationCodeIssued.class, e -> {
                    assertThat(e.codeChallengeS256()).isEqualTo(Pkce.s256(verifier));
                    assertThat(e.codeChallengeMethod()).isEqualTo("plain");
                });
    }

    @Test
    void refusalsAtTheRedirectUriWriteNothing() {
        for (AuthorizeRequest bad : List.of(request("code", CALLBACK, "phone", null, null), request("token", CALLBACK, null, null, null),
                request("code", CALLBACK, null, "short", "S256"), request("code", CALLBACK, null, "c".repeat(43), "S512"),
                request("code", "https://evil.example.com/", null, null, null))) {
            fixture.when(api -> api.oauth2Authorize(pool, bad, session)).expectNoEvents()
                    .expectResult(a -> assertThat(a).isNotInstanceOf(AuthorizeAnswer.Login.class));
        }
        fixture.when(api -> api.oauth2Authorize(pool, request("code", "https://evil.example.com/", null, null, null), session))
                .expectResult(a -> assertThat(a).isInstanceOfSatisfying(AuthorizeAnswer.ErrorPage.class,
                        p -> assertThat(p.error()).isEqualTo("redirect_mismatch")));
    }

    @Test
    void aRedeemedCodeBuysTokensOnceAndRecordsTheSignIn() {
        String code = code(null, null);
        fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, null)))
                .expectEvents(AuthorizationCodeRedeemed.class, SignedIn.class)
                .expectEvent(SignedIn.class, e -> assertThat(e.authFlow()).isEqualTo("authorization_code"))
                .expectResult(t -> assertThat(t.refreshToken()).isNotBlank());
        var again = fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, null)));
        invalidGrant(again.error());
        again.expectNoEvents();
    }

    @Test
    void aWrongVerifierOrRedirectUriBurnsTheCode() {
        String code = code(Pkce.s256("w".repeat(43)), "S256");
        var wrong = fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, "x".repeat(43))))
                .expectEvent(AuthorizationCodeRedeemed.class, e -> {
                    assertThat(e.accepted()).isFalse();
                    assertThat(e.reason()).isEqualTo("code_verifier");
                });
        invalidGrant(wrong.error());
        invalidGrant(fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, "w".repeat(43)))).error());

        String other = code(null, null);
        var elsewhere = fixture.when(api -> api.oauth2Token(pool, redeem(other, CALLBACK + "/x", null)))
                .expectEvent(AuthorizationCodeRedeemed.class, e -> assertThat(e.reason()).isEqualTo("redirect_uri"));
        invalidGrant(elsewhere.error());
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        String code = code(null, null);
        fixture.clock().advance(Duration.ofMinutes(5));
        var late = fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, null)))
                .expectEvent(AuthorizationCodeRedeemed.class, e -> assertThat(e.reason()).isEqualTo("expired"));
        invalidGrant(late.error());
    }

    @Test
    void aDisabledUsersCodeBuysNothing() {
        String code = code(null, null);
        fixture.givenThat(api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()));
        var refused = fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, null)));
        invalidGrant(refused.error());
        refused.expectNoEvents();
    }

    @Test
    void aGlobalSignOutEndsTheHostedSessionsGrants() {
        String code = code(null, null);
        fixture.clock().advance(Duration.ofSeconds(2));
        fixture.givenThat(api -> api.adminUserGlobalSignOut(AdminUserGlobalSignOutRequest.builder().userPoolId(pool).username("alice").build()));
        invalidGrant(fixture.when(api -> api.oauth2Token(pool, redeem(code, CALLBACK, null))).error());
    }

    @Test
    void aHostedSignInsChallengeIsAnsweredOnTheHostedPagesOnly() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "tess").toBuilder().messageAction("SUPPRESS")
                .temporaryPassword("Tmp-Passw0rd!1").build()));
        var challenge = fixture.given(api -> api.hostedSignIn(pool, web.clientId(), "tess", "Tmp-Passw0rd!1", null));
        assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
        // Through the API, the session would skip the client's SECRET_HASH: refused.
        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(web.clientId())
                        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
                        .challengeResponses(java.util.Map.of("USERNAME", "tess", "NEW_PASSWORD", "New-Passw0rd!2")).build()))
                .expectError(NotAuthorizedException.class, "Invalid session for the user.");
        fixture.when(api -> api.hostedRespond(pool, web.clientId(), "NEW_PASSWORD_REQUIRED", java.util.Map.of("NEW_PASSWORD", "New-Passw0rd!2"),
                        challenge.session(), null))
                .expectResult(r -> assertThat(r.sessionCookie()).isNotBlank());
    }

    @Test
    void aClientNotEnabledForOAuthFlowsIsUnauthorizedClientAtItsRedirectUri() {
        UserPoolClientType off = fixture.given(api -> api.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool)
                .clientName("off").callbackURLs(CALLBACK).build())).userPoolClient();
        fixture.when(api -> api.oauth2Authorize(pool, new AuthorizeRequest("code", off.clientId(), CALLBACK, "st", null, null, null, null, null,
                        null, null), session))
                .expectNoEvents()
                .expectResult(a -> assertThat(((AuthorizeAnswer.Redirect) a).location())
                        .startsWith(CALLBACK + "?error=unauthorized_client&").endsWith("&state=st"));
    }
}
