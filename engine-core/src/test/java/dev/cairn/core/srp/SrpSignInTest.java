package dev.cairn.core.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java client against the server, user and device, and every way a claim is refused. */
class SrpSignInTest {

    private static final String POOL_ID = "eu-west-1_Pool42xyZ";
    private static final Instant NOW = Instant.parse("2026-11-03T07:05:09Z");
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final SplittableRandom random = new SplittableRandom(7);
    private final SrpPrincipal alice = SrpPrincipal.user(POOL_ID, "alice");
    private final SrpVerifier aliceVerifier = SrpVerifier.create(alice, "Pa55word!", random);

    @Test
    void correctPasswordIsAccepted() {
        assertThat(signIn(alice, aliceVerifier, alice, "Pa55word!", NOW)).isEqualTo(ClaimVerdict.ACCEPTED);
    }

    @Test
    void wrongPasswordIsASignatureMismatch() {
        assertThat(signIn(alice, aliceVerifier, alice, "Pa55word?", NOW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void proofMadeForAnotherUserIsRefusedEvenWithTheSamePassword() {
        SrpPrincipal mallory = SrpPrincipal.user(POOL_ID, "mallory");

        assertThat(signIn(alice, aliceVerifier, mallory, "Pa55word!", NOW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void proofMadeForAnotherPoolIsRefused() {
        SrpPrincipal otherPool = SrpPrincipal.user("eu-west-1_OtherPool", "alice");

        assertThat(signIn(alice, aliceVerifier, otherPool, "Pa55word!", NOW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void clientClockWithinTheSkewIsAccepted() {
        Instant clientClock = NOW.plus(SKEW);

        assertThat(signIn(alice, aliceVerifier, alice, "Pa55word!", clientClock)).isEqualTo(ClaimVerdict.ACCEPTED);
    }

    @Test
    void clientClockBeyondTheSkewIsRefused() {
        Instant clientClock = NOW.minus(SKEW).minusSeconds(1);

        assertThat(signIn(alice, aliceVerifier, alice, "Pa55word!", clientClock))
                .isEqualTo(ClaimVerdict.TIMESTAMP_OUT_OF_RANGE);
    }

    @Test
    void echoedSecretBlockMustBeTheOneIssued() {
        Exchange exchange = honest();
        SrpServerSession session = exchange.session();
        PasswordClaim honest = exchange.claim();

        PasswordClaim swapped = new PasswordClaim("AAAA" + honest.secretBlock().substring(4),
                honest.timestamp(), honest.signature());

        assertThat(session.verify(swapped, NOW, SKEW)).isEqualTo(ClaimVerdict.SECRET_BLOCK_MISMATCH);
        assertThat(session.verify(new PasswordClaim(null, honest.timestamp(), honest.signature()), NOW, SKEW))
                .isEqualTo(ClaimVerdict.SECRET_BLOCK_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-11-03T07:05:09Z", "Wed Nov 3 07:05:09 UTC 2026", "Tue Nov 3 7:05:09 UTC 2026"})
    void unparseableTimestampIsMalformed(String timestamp) {
        Exchange exchange = honest();
        SrpServerSession session = exchange.session();
        PasswordClaim honest = exchange.claim();

        PasswordClaim claim = new PasswordClaim(honest.secretBlock(), timestamp, honest.signature());

        assertThat(session.verify(claim, NOW, SKEW)).isEqualTo(ClaimVerdict.MALFORMED_TIMESTAMP);
    }

    @Test
    void signatureOverAnotherTimestampIsRefused() {
        Exchange exchange = honest();
        SrpServerSession session = exchange.session();
        PasswordClaim honest = exchange.claim();

        PasswordClaim replayed = new PasswordClaim(honest.secretBlock(), "Tue Nov 3 07:05:10 UTC 2026",
                honest.signature());

        assertThat(session.verify(replayed, NOW, SKEW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "AAAA"})
    void garbledSignatureIsAMismatch(String signature) {
        Exchange exchange = honest();
        SrpServerSession session = exchange.session();
        PasswordClaim honest = exchange.claim();

        PasswordClaim claim = new PasswordClaim(honest.secretBlock(), honest.timestamp(), signature);

        assertThat(session.verify(claim, NOW, SKEW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void degenerateClientValuesAreRejectedBeforeAnyWork() {
        String n = SrpGroup.N.toString(16);
        String twoN = SrpGroup.N.shiftLeft(1).toString(16);
        String nPlusOne = SrpGroup.N.add(BigInteger.ONE).toString(16);

        for (String srpA : new String[] {"0", "000", n, twoN, nPlusOne, "-1", "+1", "0x10", "xyz", "", "1".repeat(1025)}) {
            assertThatThrownBy(() -> start(aliceVerifier, srpA)).as(srpA).isInstanceOf(SrpException.class);
        }
    }

    @Test
    void zeroScramblingParameterIsRejected() {
        assertThatThrownBy(() -> SrpMath.nonZeroScrambler(new byte[32]))
                .isInstanceOf(SrpException.class)
                .hasMessageContaining("zero");
    }

    @Test
    void clientRefusesADegenerateServerValue() {
        SrpClient client = new SrpClient(random);

        assertThatThrownBy(() -> client.answer(alice, "Pa55word!", SrpGroup.N.toString(16), aliceVerifier.saltHex(),
                "AAAA", NOW)).isInstanceOf(SrpException.class);
    }

    @Test
    void rememberedDeviceSignsInThroughTheSamePath() {
        SrpClient.DeviceSecret device = SrpClient.rememberDevice("-groupKey1", "eu-west-1_device-1", random);
        SrpVerifier stored = SrpVerifier.fromDeviceSecretVerifierConfig(
                device.verifier().passwordVerifierBase64(), device.verifier().saltBase64());
        SrpPrincipal principal = SrpPrincipal.device("-groupKey1", "eu-west-1_device-1");

        assertThat(stored).isEqualTo(device.verifier());
        assertThat(signIn(principal, stored, principal, device.randomPassword(), NOW)).isEqualTo(ClaimVerdict.ACCEPTED);
        assertThat(signIn(principal, stored, SrpPrincipal.user("eu-west-1_groupKey1", "eu-west-1_device-1"),
                device.randomPassword(), NOW)).isEqualTo(ClaimVerdict.SIGNATURE_MISMATCH);
    }

    @Test
    void sessionSurvivesAJsonRoundTripBetweenTheTwoSteps() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Exchange exchange = honest();
        SrpServerSession session = exchange.session();
        PasswordClaim claim = exchange.claim();

        SrpServerSession restored = json.readValue(json.writeValueAsString(session), SrpServerSession.class);

        assertThat(restored).isEqualTo(session);
        assertThat(restored.verify(claim, NOW, SKEW)).isEqualTo(ClaimVerdict.ACCEPTED);
    }

    @Test
    void toStringKeepsTheSecretsOut() {
        SrpServerSession session = honest().session();

        assertThat(session.toString())
                .doesNotContain(session.privateB())
                .doesNotContain(aliceVerifier.verifierHex());
    }

    @Test
    void everySessionDrawsAFreshExponentAndSecretBlock() {
        String srpA = new SrpClient(random).srpA();
        SrpServerSession first = start(aliceVerifier, srpA);
        SrpServerSession second = start(aliceVerifier, srpA);

        assertThat(second.privateB()).isNotEqualTo(first.privateB());
        assertThat(second.srpB()).isNotEqualTo(first.srpB());
        assertThat(second.secretBlock()).isNotEqualTo(first.secretBlock());
    }

    private ClaimVerdict signIn(SrpPrincipal server, SrpVerifier verifier, SrpPrincipal client, String password,
                                Instant clientClock) {
        Exchange exchange = exchange(server, verifier, client, password, clientClock);
        return exchange.session().verify(exchange.claim(), NOW, SKEW);
    }

    /** Alice's honest exchange: the session and the claim a client answered it with. */
    private Exchange honest() {
        Exchange exchange = exchange(alice, aliceVerifier, alice, "Pa55word!", NOW);
        assertThat(exchange.session().verify(exchange.claim(), NOW, SKEW)).isEqualTo(ClaimVerdict.ACCEPTED);
        return exchange;
    }

    private Exchange exchange(SrpPrincipal server, SrpVerifier verifier, SrpPrincipal client, String password,
                              Instant clientClock) {
        SrpClient srpClient = new SrpClient(random);
        SrpServerSession session = SrpServerSession.start(server, verifier, srpClient.srpA(), random);
        PasswordClaim claim = srpClient.answer(client, password, session.srpB(), session.verifier().saltHex(),
                session.secretBlock(), clientClock);
        return new Exchange(session, claim);
    }

    private SrpServerSession start(SrpVerifier verifier, String srpA) {
        return SrpServerSession.start(alice, verifier, srpA, random);
    }

    private record Exchange(SrpServerSession session, PasswordClaim claim) {
    }
}
