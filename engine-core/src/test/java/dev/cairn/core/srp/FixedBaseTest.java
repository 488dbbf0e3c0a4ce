package dev.cairn.core.srp;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: the table gives exactly what modPow gives, for every exponent size. */
class FixedBaseTest {

    private static final BigInteger[][] TABLE = FixedBase.build();
    private final SplittableRandom random = new SplittableRandom();

    @RepeatedTest(50)
    void agreesWithModPow() {
        int bits = random.nextInt(1, 400);
        byte[] bytes = new byte[(bits + 7) / 8];
        random.nextBytes(bytes);
        BigInteger e = new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
        assertThat(FixedBase.pow(e, TABLE)).isEqualTo(SrpGroup.G.modPow(e, SrpGroup.N));
    }

    @RepeatedTest(200)
    void reducesAsModDoes() {
        byte[] bytes = new byte[2 * SrpGroup.N.bitLength() / 8];
        random.nextBytes(bytes);
        BigInteger x = new BigInteger(1, bytes).shiftRight(random.nextInt(0, 6000)).mod(SrpGroup.N.multiply(SrpGroup.N));
        assertThat(FixedBase.reduce(x)).isEqualTo(x.mod(SrpGroup.N));
    }

    @Test
    void reducesTheEdges() {
        BigInteger n = SrpGroup.N;
        for (BigInteger x : new BigInteger[]{BigInteger.ZERO, BigInteger.ONE, n.subtract(BigInteger.ONE), n, n.add(BigInteger.ONE),
                n.shiftLeft(1), n.multiply(n).subtract(BigInteger.ONE), n.subtract(BigInteger.ONE).pow(2)}) {
            assertThat(FixedBase.reduce(x)).isEqualTo(x.mod(n));
        }
    }

    @Test
    void edgeExponents() {
        for (BigInteger e : new BigInteger[]{BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO.pow(256).subtract(BigInteger.ONE),
                BigInteger.TWO.pow(255), BigInteger.TWO.pow(256), BigInteger.valueOf(255), BigInteger.valueOf(256)}) {
            assertThat(FixedBase.pow(e, TABLE)).as("g^%s", e).isEqualTo(SrpGroup.G.modPow(e, SrpGroup.N));
        }
    }

    @Test
    void answersBeforeAndAfterItsTableIsBuilt() throws InterruptedException {
        BigInteger e = BigInteger.TWO.pow(255).add(BigInteger.valueOf(12345));
        BigInteger expected = SrpGroup.G.modPow(e, SrpGroup.N);
        assertThat(FixedBase.pow(e)).isEqualTo(expected);
        for (int i = 0; i < 600 && !FixedBase.tableReady(); i++) Thread.sleep(50);
        assertThat(FixedBase.tableReady()).isTrue();
        assertThat(FixedBase.pow(e)).isEqualTo(expected);
    }
}
