package dev.cairn.test.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.UnauthorizedException;
import dev.cairn.api.error.UnsupportedOperationException;
import dev.cairn.api.error.UnsupportedTokenTypeException;
import dev.cairn.api.event.RefreshTokenRevoked;
import dev.cairn.api.event.SignedOutGlobally;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifecycleTest {

    static final String PASSWORD = SignInFlowsTest.PASSWORD;

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(Requests.createUserPool("shop"))).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web"))).userPoolClient().clientId();

    {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "alice", "email", "a@example.com")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password(PASSWORD).permanent(true).build()));
    }

    AuthenticationResultType signIn() {
        return SignIn.srp(fixture.engine(), pool, client, "alice", PASSWORD, fixture.clock().instant());
    }

    GetUserRequest getUser(String accessToken) {
        return GetUserRequest.builder().accessToken(accessToken).build();
    }

    InitiateAuthRequest refresh(String refreshToken) {
        return InitiateAuthRequest.builder().clientId(client).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", refreshToken)).build();
    }

    @Test
    void getUserAnswersForTheAccessTokensUser() {
        var tokens = signIn();
        fixture.when(api -> api.getUser(getUser(tokens.accessToken())))
                .expectResult(r -> {
                    assertThat(r.username()).isEqualTo("alice");
                    assertThat(r.userAttributes()).contains(AttributeType.builder().name("email").value("a@example.com").build());
                });
    }

    @Test
    void refreshIssuesNewTokensFromTheSameSignInButNoNewRefreshToken() throws Exception {
        var tokens = signIn();
        fixture.clock().advance(Duration.ofMinutes(30));
        var refreshed = fixture.when(api -> api.initiateAuth(refresh(tokens.refreshToken())))
                .expectEvents(TokensRefreshed.class).result().authenticationResult();
        assertThat(refreshed.refreshToken()).isNull();
        var before = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
        var after = SignedJWT.parse(refreshed.idToken()).getJWTClaimsSet();
        assertThat(after.getStringClaim("origin_jti")).isEqualTo(before.getStringClaim("origin_jti"));
        assertThat(after.getLongClaim("auth_time")).isEqualTo(before.getLongClaim("auth_time"));
        assertThat(after.getIssueTime()).isAfter(before.getIssueTime());
    }

    @Test
    void aRefreshTokenIsBoundToItsClient() {
        var tokens = signIn();
        String other = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "other"))).userPoolClient().clientId();
        fixture.when(api -> api.initiateAuth(refresh(tokens.refreshToken()).toBuilder().clientId(other).build()))
                .expectError(NotAuthorizedException.class, "Invalid Refresh Token");
        fixture.when(api -> api.initiateAuth(refresh("not-a-token")))
                .expectError(NotAuthorizedException.class, "Invalid Refresh Token");
    }

    @Test
    void expiredAccessTokensAreRefused() {
        var tokens = signIn();
        fixture.clock().advance(Duration.ofMinutes(61));
        fixture.when(api -> api.getUser(getUser(tokens.accessToken()))).expectError(NotAuthorizedException.class, "Access Token has expired");
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        var tokens = signIn();
        SignedJWT real = SignedJWT.parse(tokens.accessToken());
        JWTClaimsSet claims = real.getJWTClaimsSet();
        String kid = real.getHeader().getKeyID();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes());

        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"kid\":\"".concat(kid).concat("\"}").getBytes())
                + "." + payload + ".";
        RSAKey published = (RSAKey) JWKSet.parse(fixture.engine().jwks(pool)).getKeyByKeyId(kid);
        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
        hs256.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT wrongKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        wrongKey.sign(new RSASSASigner(attacker));
        SignedJWT unknownKid = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown").build(), claims);
        unknownKid.sign(new RSASSASigner(attacker));
        String tampered = tokens.accessToken().substring(0, tokens.accessToken().lastIndexOf('.') - 3) + "AAA"
                + tokens.accessToken().substring(tokens.accessToken().lastIndexOf('.'));

        for (String forged : new String[]{none, hs256.serialize(), wrongKey.serialize(), unknownKid.serialize(), tampered,
                tokens.idToken(), "garbage", "a.b.c"}) {
            fixture.when(api -> api.getUser(getUser(forged))).expectError(NotAuthorizedException.class, "Invalid Access Token");
        }
    }

    @Test
    void aTokenOfAnotherPoolDoesNotPassForThisOne() throws Exception {
        String otherPool = fixture.given(api -> api.createUserPool(Requests.createUserPool("other"))).userPool().id();
        var tokens = signIn();
        JWTClaimsSet claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        JWTClaimsSet moved = new JWTClaimsSet.Builder(claims).issuer("https://cognito-idp.us-east-1.amazonaws.com/" + otherPool).build();
        SignedJWT reSigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SignedJWT.parse(tokens.accessToken()).getHeader().getKeyID()).build(), moved);
        reSigned.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        fixture.when(api -> api.getUser(getUser(reSigned.serialize()))).expectError(NotAuthorizedException.class, "Invalid Access Token");
    }

    @Test
    void globalSignOutKillsRefreshTokensAndEarlierAccessTokens() {
        var tokens = signIn();
        fixture.clock().advance(Duration.ofSeconds(5));
        fixture.when(api -> api.globalSignOut(GlobalSignOutRequest.builder().accessToken(tokens.accessToken()).build()))
                .expectEvents(SignedOutGlobally.class);
        fixture.when(api -> api.getUser(getUser(tokens.accessToken()))).expectError(NotAuthorizedException.class, "Access Token has been revoked");
        fixture.when(api -> api.initiateAuth(refresh(tokens.refreshToken()))).expectError(NotAuthorizedException.class, "Refresh Token has been revoked");
        fixture.clock().advance(Duration.ofSeconds(5));
        var fresh = signIn();
        fixture.when(api -> api.getUser(getUser(fresh.accessToken()))).expectSuccess();
    }

    @Test
    void aGlobalSignOutInTheSameSecondAsTheSignInStillRevokes() {
        var tokens = signIn();
        fixture.givenThat(api -> api.globalSignOut(GlobalSignOutRequest.builder().accessToken(tokens.accessToken()).build()));
        fixture.when(api -> api.getUser(getUser(tokens.accessToken()))).expectError(NotAuthorizedException.class, "Access Token has been revoked");
    }

    @Test
    void adminGlobalSignOutDoesTheSame() {
        var tokens = signIn();
        fixture.clock().advance(Duration.ofSeconds(5));
        fixture.when(api -> api.adminUserGlobalSignOut(AdminUserGlobalSignOutRequest.builder().userPoolId(pool).username("alice").build()))
                .expectEvents(SignedOutGlobally.class);
        fixture.when(api -> api.getUser(getUser(tokens.accessToken()))).expectError(NotAuthorizedException.class, "Access Token has been revoked");
    }

    @Test
    void revokingARefreshTokenRevokesTheAccessTokensIssuedFromIt() {
        var first = signIn();
        var second = signIn();
        fixture.when(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(client).token(first.refreshToken()).build()))
                .expectEvents(RefreshTokenRevoked.class);
        fixture.when(api -> api.getUser(getUser(first.accessToken()))).expectError(NotAuthorizedException.class, "Access Token has been revoked");
        fixture.when(api -> api.initiateAuth(refresh(first.refreshToken()))).expectError(NotAuthorizedException.class, "Refresh Token has been revoked");
        fixture.when(api -> api.getUser(getUser(second.accessToken()))).expectSuccess(); // another sign-in is untouched
        fixture.when(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(client).token(first.refreshToken()).build()))
                .expectSuccess().expectNoEvents();
        fixture.when(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(client).token(second.accessToken()).build()))
                .expectError(UnsupportedTokenTypeException.class);
    }

    @Test
    void revocationHonoursTheClientSetting() {
        String noRevoke = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "nr").toBuilder().enableTokenRevocation(false).build()))
                .userPoolClient().clientId();
        String refreshToken = signIn().refreshToken();
        fixture.when(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(noRevoke).token(refreshToken).build()))
                .expectError(UnsupportedOperationException.class);
        String secretClient = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "s").toBuilder().generateSecret(true).build()))
                .userPoolClient().clientId();
        fixture.when(api -> api.revokeToken(RevokeTokenRequest.builder().clientId(secretClient).clientSecret("wrongsecretofsufficientlength").token("x").build()))
                .expectError(UnauthorizedException.class);
    }

    @Test
    void rotatingTheSigningKeyBreaksNoLiveToken() throws Exception {
        var before = signIn();
        String newKid = fixture.engine().rotateSigningKey(pool);
        var after = signIn();
        assertThat(SignedJWT.parse(after.accessToken()).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(SignedJWT.parse(before.accessToken()).getHeader().getKeyID()).isNotEqualTo(newKid);
        assertThat(JWKSet.parse(fixture.engine().jwks(pool)).getKeys()).hasSize(2);
        fixture.when(api -> api.getUser(getUser(before.accessToken()))).expectSuccess();
        fixture.when(api -> api.getUser(getUser(after.accessToken()))).expectSuccess();
    }

    @Test
    void theSigningCertificateIsAnX509CertificateOfTheActiveKey() throws Exception {
        String cert = fixture.engine().getSigningCertificate(GetSigningCertificateRequest.builder().userPoolId(pool).build()).certificate();
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(cert)));
        RSAKey active = (RSAKey) JWKSet.parse(fixture.engine().jwks(pool)).getKeys().get(0);
        assertThat(x509.getPublicKey()).isEqualTo(active.toRSAPublicKey());
        x509.verify(x509.getPublicKey());
    }

    @Test
    void theSigningCertificateStaysTheSameUntilTheKeyRotates() {
        var request = GetSigningCertificateRequest.builder().userPoolId(pool).build();
        String first = fixture.engine().getSigningCertificate(request).certificate();
        assertThat(fixture.engine().getSigningCertificate(request).certificate()).isEqualTo(first);
        fixture.engine().rotateSigningKey(pool);
        String rotated = fixture.engine().getSigningCertificate(request).certificate();
        assertThat(rotated).isNotEqualTo(first);
        assertThat(fixture.engine().getSigningCertificate(request).certificate()).isEqualTo(rotated);
    }

    @Test
    void aClientWithASecretNeedsTheSecretHash() throws Exception {
        var c = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "secret").toBuilder().generateSecret(true)
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH").build())).userPoolClient();
        fixture.when(api -> SignIn.password(api, c.clientId(), "alice", PASSWORD))
                .expectError(NotAuthorizedException.class, "Client " + c.clientId() + " is configured with secret but SECRET_HASH was not received");
        var wrong = InitiateAuthRequest.builder().clientId(c.clientId()).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", "AAAA")).build();
        fixture.when(api -> api.initiateAuth(wrong)).expectError(NotAuthorizedException.class, "Unable to verify secret hash for client " + c.clientId());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(c.clientSecret().getBytes(), "HmacSHA256"));
        String hash = Base64.getEncoder().encodeToString(mac.doFinal(("alice" + c.clientId()).getBytes()));
        fixture.when(api -> api.initiateAuth(wrong.toBuilder().authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD, "SECRET_HASH", hash)).build()))
                .expectSuccess();
    }
}
