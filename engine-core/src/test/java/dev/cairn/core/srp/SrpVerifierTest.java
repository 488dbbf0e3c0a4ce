package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SrpVerifierTest {

    private final SplittableRandom random = new SplittableRandom(11);
    private final SrpPrincipal alice = SrpPrincipal.user("us-east-1_AbCdEf123", "alice");

    @Test
    void plaintextPasswordMatchesOnlyItsOwnVerifier() {
        SrpVerifier verifier = SrpVerifier.create(alice, "Pa55word!", random);

        assertThat(verifier.matchesPassword(alice, "Pa55word!")).isTrue();
        assertThat(verifier.matchesPassword(alice, "pa55word!")).isFalse();
        assertThat(verifier.matchesPassword(SrpPrincipal.user("us-east-1_AbCdEf123", "bob"), "Pa55word!")).isFalse();
        assertThat(verifier.matchesPassword(SrpPrincipal.user("us-east-1_Other", "alice"), "Pa55word!")).isFalse();
    }

    @Test
    void samePasswordGetsAFreshSaltEachTime() {
        Set<String> salts = new HashSet<>();
        Set<String> verifiers = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            SrpVerifier verifier = SrpVerifier.create(alice, "Pa55word!", random);
            salts.add(verifier.saltHex());
            verifiers.add(verifier.verifierHex());
        }

        assertThat(salts).hasSize(20);
        assertThat(verifiers).hasSize(20);
    }

    @Test
    void saltIsSixteenRandomBytesInTheClientsPaddedHex() {
        for (int i = 0; i < 200; i++) {
            String salt = SrpVerifier.create(alice, "x", random).saltHex();
            BigInteger value = new BigInteger(salt, 16);

            assertThat(value.bitLength()).isLessThanOrEqualTo(128);
            assertThat(salt).isEqualTo(SrpMath.padHex(value)).matches("[0-9a-f]+");
        }
    }

    @Test
    void injectedRandomnessMakesVerifiersReproducible() {
        SrpVerifier first = SrpVerifier.create(alice, "Pa55word!", new SplittableRandom(99));
        SrpVerifier second = SrpVerifier.create(alice, "Pa55word!", new SplittableRandom(99));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void deviceSecretVerifierConfigRoundTrips() {
        SrpVerifier verifier = SrpVerifier.create(SrpPrincipal.device("-group", "device"), "secret", random);

        SrpVerifier read = SrpVerifier.fromDeviceSecretVerifierConfig(
                verifier.passwordVerifierBase64(), verifier.saltBase64());

        assertThat(read).isEqualTo(verifier);
    }

    @Test
    void storedValuesMustBeHex() {
        assertThatThrownBy(() -> new SrpVerifier("zz", "00")).isInstanceOf(SrpException.class);
        assertThatThrownBy(() -> new SrpVerifier("00", "-1")).isInstanceOf(SrpException.class);
    }

    @Test
    void toStringLeavesTheVerifierOut() {
        SrpVerifier verifier = SrpVerifier.create(alice, "Pa55word!", random);

        assertThat(verifier.toString()).contains(verifier.saltHex()).doesNotContain(verifier.verifierHex());
    }

    @Test
    void poolNameIsWhatFollowsTheUnderscoreAsTheJsClientSplitsIt() {
        assertThat(SrpPrincipal.poolName("us-east-1_AbCdEf123")).isEqualTo("AbCdEf123");
        assertThat(SrpPrincipal.poolName("local_a_b")).isEqualTo("a");
        assertThatThrownBy(() -> SrpPrincipal.poolName("no-underscore")).isInstanceOf(IllegalArgumentException.class);
    }
}
