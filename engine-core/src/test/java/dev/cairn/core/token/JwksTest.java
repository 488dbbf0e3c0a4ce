package dev.cairn.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.cairn.core.token.InvalidTokenException.Reason;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwksTest {

    private static final String ISSUER = "http://localhost:9229/us-east-1_AbCdEf123";
    private static final Instant NOW = Instant.parse("2026-11-03T07:05:09Z");

    @Test
    void rendersCognitosMembersInCognitosOrder() throws Exception {
        JsonNode jwks = new ObjectMapper().readTree(Jwks.of(TestKeys.CURRENT.publicKey()).toJson());

        List<String> names = new ArrayList<>();
        jwks.path("keys").get(0).fieldNames().forEachRemaining(names::add);
        JsonNode key = jwks.path("keys").get(0);

        assertThat(names).containsExactly("alg", "e", "kid", "kty", "n", "use");
        assertThat(key.path("alg").asText()).isEqualTo("RS256");
        assertThat(key.path("e").asText()).isEqualTo("AQAB");
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        byte[] n = Base64.getUrlDecoder().decode(key.path("n").asText());
        assertThat(n).hasSize(256);
        assertThat(new BigInteger(1, n)).isEqualTo(TestKeys.CURRENT.publicKey().key().getModulus());
    }

    @Test
    void nimbusReadsEveryKeyAndAgreesOnTheThumbprintKid() throws Exception {
        JWKSet set = JWKSet.parse(Jwks.of(TestKeys.PREVIOUS.publicKey(), TestKeys.CURRENT.publicKey()).toJson());

        assertThat(set.getKeys()).extracting(JWK::getKeyID)
                .containsExactly(TestKeys.PREVIOUS.kid(), TestKeys.CURRENT.kid());
        for (JWK jwk : set.getKeys()) {
            RSAKey rsa = jwk.toRSAKey();
            assertThat(rsa.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
            assertThat(rsa.computeThumbprint().decode()).isEqualTo(Base64.getDecoder().decode(jwk.getKeyID()));
        }
    }

    @Test
    void rotationKeepsOldTokensValidUntilTheirKeyIsWithdrawn() {
        String oldToken = new JwtSigner(TestKeys.PREVIOUS).sign(claims());
        String newToken = new JwtSigner(TestKeys.CURRENT).sign(claims());
        JwtVerifier duringRotation = new JwtVerifier(
                Jwks.of(TestKeys.PREVIOUS.publicKey(), TestKeys.CURRENT.publicKey()), ISSUER);
        JwtVerifier afterRotation = new JwtVerifier(Jwks.of(TestKeys.CURRENT.publicKey()), ISSUER);

        assertThat(duringRotation.verify(oldToken, NOW)).containsEntry("sub", "alice");
        assertThat(duringRotation.verify(newToken, NOW)).containsEntry("sub", "alice");
        assertThat(afterRotation.verify(newToken, NOW)).containsEntry("sub", "alice");
        assertThatThrownBy(() -> afterRotation.verify(oldToken, NOW))
                .isInstanceOfSatisfying(InvalidTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    }

    @Test
    void twoKeysCannotShareAKid() {
        PublicSigningKey twin = new PublicSigningKey(TestKeys.CURRENT.kid(), TestKeys.PREVIOUS.publicKey().key());

        assertThatThrownBy(() -> Jwks.of(TestKeys.CURRENT.publicKey(), twin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptySetRendersAnEmptyKeysArray() {
        assertThat(Jwks.of().toJson()).isEqualTo("{\"keys\":[]}");
    }

    private static Map<String, Object> claims() {
        return Map.of("sub", "alice", "iss", ISSUER, "exp", NOW.getEpochSecond() + 60);
    }
}
