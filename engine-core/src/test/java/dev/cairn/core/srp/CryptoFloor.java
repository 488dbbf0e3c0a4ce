package dev.cairn.core.srp;

import dev.cairn.core.token.JwtSigner;
import dev.cairn.core.token.SigningKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU floor of one SRP sign-in on the server, single-threaded, as a baseline for the engine's
 * benchmarks: {@link SrpServerSession#start} ({@code g^b}), {@link SrpServerSession#verify}
 * ({@code v^u} and {@code (A v^u)^b}) and two RS256 signatures (ID and access token).
 * Not a test and not JMH: one warm-up, one timed run, one printed figure per line.
 *
 * <pre>
 * mvn -q -pl engine-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.cairn.core.srp.CryptoFloor [-Dexec.args="warmupSeconds measureSeconds"]
 * </pre>
 */
public final class CryptoFloor {

    private static final Instant CLOCK = Instant.parse("2026-11-03T07:05:09Z");
    private static final String TIMESTAMP = CognitoTimestamp.format(CLOCK);
    // verify does the same exponentiations for a wrong signature, and no client work is timed.
    private static final String WRONG_SIGNATURE = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private final SecureRandom random = new SecureRandom();
    private final SrpPrincipal principal = SrpPrincipal.user("us-east-1_Floor", "alice");
    private final SrpVerifier verifier = SrpVerifier.create(principal, "Pa55word!", random);
    private final String srpA = new SrpClient(random).srpA();
    private final JwtSigner signer = new JwtSigner(SigningKey.generate(random));
    private final Map<String, Object> claims = Map.of("sub", "alice", "token_use", "id",
            "iss", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Floor", "exp", 1_793_692_709L);
    private SrpServerSession session = SrpServerSession.start(principal, verifier, srpA, random);
    private long sink;

    public static void main(String[] args) {
        Duration warmup = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        CryptoFloor floor = new CryptoFloor();

        floor.rate(floor::signIn, warmup);
        double signIns = floor.rate(floor::signIn, measure);
        double starts = floor.rate(floor::start, measure.dividedBy(3));
        double verifies = floor.rate(floor::verify, measure.dividedBy(3));
        double signatures = floor.rate(floor::signature, measure.dividedBy(3));

        System.out.printf(Locale.ROOT, "SRP server sign-in + 2 RS256 signatures, one thread: %.0f ops/s%n", signIns);
        System.out.printf(Locale.ROOT, "  step 1, SrpServerSession.start (g^b):          %.0f ops/s%n", starts);
        System.out.printf(Locale.ROOT, "  step 2, SrpServerSession.verify (v^u, (Av^u)^b): %.0f ops/s%n", verifies);
        System.out.printf(Locale.ROOT, "  one RS256 signature (RSA 2048):                %.0f ops/s%n", signatures);
        System.out.printf(Locale.ROOT, "  (checksum %d)%n", floor.sink);
    }

    /** The server's whole share of one sign-in. */
    private void signIn() {
        verify(SrpServerSession.start(principal, verifier, srpA, random));
        signature();
        signature();
    }

    private void start() {
        session = SrpServerSession.start(principal, verifier, srpA, random);
        sink += session.srpB().length();
    }

    private void verify() {
        verify(session);
    }

    private void verify(SrpServerSession started) {
        PasswordClaim claim = new PasswordClaim(started.secretBlock(), TIMESTAMP, WRONG_SIGNATURE);
        sink += started.verify(claim, CLOCK, Duration.ofMinutes(5)).ordinal();
    }

    private void signature() {
        sink += signer.sign(claims).length();
    }

    private double rate(Runnable op, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        long count = 0;
        long now;
        do {
            op.run();
            count++;
            now = System.nanoTime();
        } while (now < end);
        return count / ((now - start) / 1e9);
    }
}
