package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SrpEncodingTest {

    @Test
    void paddingIsTheMinimalTwosComplementOfTheJsClient() {
        // The non-negative examples of AuthenticationHelper.padHex's own documentation.
        assertThat(SrpMath.padHex(BigInteger.valueOf(20))).isEqualTo("14");
        assertThat(SrpMath.padHex(BigInteger.valueOf(56))).isEqualTo("38");
        assertThat(SrpMath.padHex(BigInteger.valueOf(236))).isEqualTo("00ec");
        assertThat(SrpMath.padHex(BigInteger.valueOf(200))).isEqualTo("00c8");
        assertThat(SrpMath.padHex(BigInteger.ZERO)).isEqualTo("00");
        assertThat(SrpMath.padHex(BigInteger.valueOf(0x123))).isEqualTo("0123");
        assertThatThrownBy(() -> SrpMath.pad(BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fastHexAgreesWithBigIntegerEverywhere() {
        SplittableRandom random = new SplittableRandom(3);
        for (int bits = 0; bits <= 3080; bits += 7) {
            BigInteger value = new BigInteger(bits, new Random(random.nextLong()));

            assertThat(SrpMath.hex(value)).isEqualTo(value.toString(16));
            assertThat(SrpMath.parseHex(value.toString(16), "v")).isEqualTo(value);
            assertThat(SrpMath.parseHex(value.toString(16).toUpperCase(), "v")).isEqualTo(value);
            assertThat(SrpMath.parseHex("00" + value.toString(16), "v")).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "+1", "0x1", "1 ", "g", "\uff15", "\u0665"})
    void onlyAsciiHexDigitsAreParsed(String text) {
        assertThatThrownBy(() -> SrpMath.parseHex(text, "v")).isInstanceOf(SrpException.class);
    }
}
