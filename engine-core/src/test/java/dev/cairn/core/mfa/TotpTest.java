package dev.cairn.core.mfa;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's SHA-1 test vectors, cut to six digits as Cognito's codes are. */
class TotpTest {

    /** The RFC's SHA-1 seed "12345678901234567890", in base32. */
    static final String SEED = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theSeedEncodesAsAuthenticatorAppsReadIt() {
        assertThat(SEED).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.unbase32(SEED)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void codesMatchTheRfcVectors() {
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeMatchesOneStepEitherWayAndOnlyAfterTheLastUsedStep() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertThat(Totp.match(SEED, Totp.code(SEED, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.match(SEED, Totp.code(SEED, step + 1), now, -1)).hasValue(step + 1);
        assertThat(Totp.match(SEED, Totp.code(SEED, step + 2), now, -1)).isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, step), now, step)).isEmpty();
    }

    @Test
    void newSecretsAre52Base32Characters() {
        assertThat(Totp.newSecret(new Random(1))).hasSize(52).matches("[A-Z2-7]+");
    }
}
