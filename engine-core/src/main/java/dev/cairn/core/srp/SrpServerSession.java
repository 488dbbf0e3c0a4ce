package dev.cairn.core.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The server side of one SRP exchange, between the challenge (SRP_B, SALT, SECRET_BLOCK) and the
 * client's {@link PasswordClaim}. It is plain data so that the engine can keep it in an
 * AuthSession between the two calls; it holds the secret exponent {@code b}, so it must be
 * stored encrypted and never logged ({@link #toString()} leaves {@code b} out).
 *
 * <p>Cost: {@link #start} does one 3072-bit modular exponentiation ({@code g^b}),
 * {@link #verify} two ({@code v^u} and {@code (A v^u)^b}) and only after the cheap checks passed.
 * A session is meant to be verified once; the engine discards it after the first claim.
 *
 * @param principal   whose password is being proved; the same for users and devices
 * @param verifier    the stored salt and verifier
 * @param srpA        the client's public value A, as lower-case hex
 * @param srpB        the server's public value B, as lower-case hex (the SRP_B sent)
 * @param privateB    the server's secret exponent b, as hex
 * @param secretBlock the SECRET_BLOCK sent, base64
 */
public record SrpServerSession(
        SrpPrincipal principal,
        SrpVerifier verifier,
        String srpA,
        String srpB,
        String privateB,
        String secretBlock) {

    // RFC 5054 asks for secret exponents of at least 256 bits; more only costs time.
    private static final int PRIVATE_B_BYTES = 32;
    private static final int SECRET_BLOCK_BYTES = 64;

    /** @throws NullPointerException if any component is null */
    public SrpServerSession {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(srpA, "srpA");
        Objects.requireNonNull(srpB, "srpB");
        Objects.requireNonNull(privateB, "privateB");
        Objects.requireNonNull(secretBlock, "secretBlock");
    }

    /**
     * Answers a client's SRP_A: picks {@code b}, computes {@code B = (k v + g^b) mod N} and a fresh
     * SECRET_BLOCK.
     *
     * @param srpA   SRP_A as the client sent it (hex)
     * @param random the source of {@code b} and the secret block; a SecureRandom in production
     * @throws SrpException if SRP_A is not hex or {@code A mod N == 0} or {@code A >= N}
     */
    public static SrpServerSession start(
            SrpPrincipal principal, SrpVerifier verifier, String srpA, RandomGenerator random) {
        BigInteger a = SrpMath.parseHex(srpA, "SRP_A");
        // A mod N == 0 would force S to 0 whatever the password; A >= N is never sent by a client.
        if (a.mod(SrpGroup.N).signum() == 0 || a.compareTo(SrpGroup.N) >= 0) {
            throw new SrpException("SRP_A must be in [1, N-1]");
        }
        BigInteger kv = SrpGroup.K.multiply(verifier.verifier());
        BigInteger b;
        BigInteger bigB;
        do {
            b = SrpMath.randomPositive(random, PRIVATE_B_BYTES);
            bigB = kv.add(FixedBase.pow(b)).mod(SrpGroup.N);
        } while (bigB.signum() == 0); // the client rejects B mod N == 0; astronomically unlikely
        byte[] block = new byte[SECRET_BLOCK_BYTES];
        random.nextBytes(block);
        return new SrpServerSession(principal, verifier, SrpMath.hex(a), SrpMath.hex(bigB), SrpMath.hex(b),
                Base64.getEncoder().encodeToString(block));
    }

    /**
     * Checks a client's claim: the echoed secret block, the timestamp's format and distance from
     * {@code now}, then the signature, compared in constant time.
     *
     * @param claim         the client's three challenge responses; null components fail the check
     * @param now           the server's current time
     * @param maxClockSkew  how far TIMESTAMP may be from {@code now}, either way
     * @return the verdict; only {@link ClaimVerdict#ACCEPTED} proves the password
     * @throws SrpException if {@code u = H(A | B)} is zero (never for honest values)
     */
    public ClaimVerdict verify(PasswordClaim claim, Instant now, Duration maxClockSkew) {
        if (claim.secretBlock() == null || !constantTimeEquals(claim.secretBlock(), secretBlock)) {
            return ClaimVerdict.SECRET_BLOCK_MISMATCH;
        }
        Optional<Instant> sent = CognitoTimestamp.parse(claim.timestamp());
        if (sent.isEmpty()) {
            return ClaimVerdict.MALFORMED_TIMESTAMP;
        }
        if (Duration.between(sent.get(), now).abs().compareTo(maxClockSkew) > 0) {
            return ClaimVerdict.TIMESTAMP_OUT_OF_RANGE;
        }
        Optional<byte[]> signature = decodeBase64(claim.signature());
        if (signature.isEmpty()) {
            return ClaimVerdict.SIGNATURE_MISMATCH;
        }
        byte[] expected = SrpMath.claimSignature(sessionKey(), principal,
                Base64.getDecoder().decode(secretBlock), claim.timestamp());
        return MessageDigest.isEqual(expected, signature.get())
                ? ClaimVerdict.ACCEPTED
                : ClaimVerdict.SIGNATURE_MISMATCH;
    }

    /** {@code S = (A v^u)^b mod N}, then Cognito's HKDF. */
    private byte[] sessionKey() {
        BigInteger a = SrpMath.parseHex(srpA, "srpA");
        BigInteger u = SrpMath.scramblingParameter(a, SrpMath.parseHex(srpB, "srpB"));
        BigInteger base = a.multiply(verifier.verifier().modPow(u, SrpGroup.N)).mod(SrpGroup.N);
        BigInteger s = base.modPow(SrpMath.parseHex(privateB, "privateB"), SrpGroup.N);
        return SrpMath.derivedKey(s, u);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(SrpMath.utf8(a), SrpMath.utf8(b));
    }

    private static Optional<byte[]> decodeBase64(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SrpServerSession[principal=" + principal + ", srpA=" + srpA + ", srpB=" + srpB
                + ", privateB=<redacted>, secretBlock=" + secretBlock + "]";
    }
}
