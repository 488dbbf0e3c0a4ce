package dev.cairn.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    private static final String ISSUER = "http://localhost:9229/us-east-1_AbCdEf123";
    private static final Instant NOW = Instant.parse("2026-11-03T07:05:09Z");

    @Test
    void kidHasTheShapeOfCognitosKids() {
        assertThat(TestKeys.CURRENT.kid()).hasSize(44).endsWith("=");
        assertThat(Base64.getDecoder().decode(TestKeys.CURRENT.kid())).hasSize(32);
        assertThat(TestKeys.CURRENT.kid()).isNotEqualTo(TestKeys.PREVIOUS.kid());
    }

    @Test
    void keyIsRsa2048WithTheStandardExponent() {
        assertThat(TestKeys.CURRENT.publicKey().key().getModulus().bitLength()).isEqualTo(2048);
        assertThat(TestKeys.CURRENT.publicKey().key().getPublicExponent().intValue()).isEqualTo(65537);
    }

    @Test
    void storedPrivateKeyComesBackAsTheSameKey() {
        SigningKey restored = SigningKey.fromPkcs8(TestKeys.CURRENT.kid(), TestKeys.CURRENT.pkcs8());

        String token = new JwtSigner(restored).sign(Map.of("sub", "alice", "iss", ISSUER, "exp", NOW.getEpochSecond() + 1));

        assertThat(restored.kid()).isEqualTo(TestKeys.CURRENT.kid());
        assertThat(restored.publicKey()).isEqualTo(TestKeys.CURRENT.publicKey());
        assertThat(new JwtVerifier(Jwks.of(TestKeys.CURRENT.publicKey()), ISSUER).verify(token, NOW))
                .containsEntry("sub", "alice");
    }

    @Test
    void injectedRandomnessDecidesTheKey() {
        // Deterministic fixtures rely on this; it holds because the JDK draws primes from the given source only.
        assertThat(SigningKey.generate(new SplittableRandom(1)).publicKey()).isEqualTo(TestKeys.CURRENT.publicKey());
    }

    @Test
    void somethingElseIsNotReadAsAKey() {
        assertThatThrownBy(() -> SigningKey.fromPkcs8("kid", new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsTheKidOnly() {
        assertThat(TestKeys.CURRENT.toString()).isEqualTo("SigningKey[kid=" + TestKeys.CURRENT.kid() + "]");
    }
}
