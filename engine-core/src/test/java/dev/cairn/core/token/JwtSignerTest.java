package dev.cairn.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens as Cognito issues them, checked by nimbus-jose-jwt against the JWKS we publish. */
class JwtSignerTest {

    private static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123";
    private static final Instant NOW = Instant.parse("2026-11-03T07:05:09Z");

    private final JwtSigner signer = new JwtSigner(TestKeys.CURRENT);

    @Test
    void headerIsCognitosKidThenAlg() {
        String header = signer.sign(claims()).split("\\.")[0];

        assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
                .isEqualTo("{\"kid\":\"" + TestKeys.CURRENT.kid() + "\",\"alg\":\"RS256\"}");
    }

    @Test
    void everyPartIsUnpaddedBase64Url() {
        String token = signer.sign(claims());

        assertThat(token.split("\\.", -1)).hasSize(3).allSatisfy(part -> assertThat(part).matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void nimbusVerifiesTheTokenWithThePublishedJwks() throws Exception {
        String token = signer.sign(claims());
        JWKSet published = JWKSet.parse(Jwks.of(TestKeys.PREVIOUS.publicKey(), TestKeys.CURRENT.publicKey()).toJson());

        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("3f0a5c2e-7b1d-4e8a-9c6f-2d4b8a1e0c57");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("cognito:groups")).containsExactly("admins", "staff");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void nimbusRejectsTheTokenUnderAnotherKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(claims()));

        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.STRANGER.publicKey().key()))).isFalse();
    }

    @Test
    void claimsComeBackAsSignedInTheirOrder() {
        Map<String, Object> claims = claims();

        Map<String, Object> verified = new JwtVerifier(Jwks.of(TestKeys.CURRENT.publicKey()), ISSUER)
                .verify(signer.sign(claims), NOW);

        assertThat(verified).containsExactlyEntriesOf(claims);
    }

    static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "3f0a5c2e-7b1d-4e8a-9c6f-2d4b8a1e0c57");
        claims.put("cognito:groups", List.of("admins", "staff"));
        claims.put("email_verified", true);
        claims.put("iss", ISSUER);
        claims.put("cognito:username", "alice");
        claims.put("origin_jti", "5b6d7e8f-0a1b-4c2d-9e3f-a4b5c6d7e8f9");
        claims.put("aud", "client-id-0123456789");
        claims.put("event_id", "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b");
        claims.put("token_use", "id");
        claims.put("auth_time", NOW.getEpochSecond());
        claims.put("exp", NOW.getEpochSecond() + 3600);
        claims.put("iat", NOW.getEpochSecond());
        claims.put("jti", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        claims.put("email", "alice@example.com");
        return claims;
    }
}
