package dev.cairn.core.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The arithmetic both sides of Cognito's SRP share, with amazon-cognito-identity-js's encodings.
 *
 * <p>The JS client's {@code padHex} of a non-negative integer is its minimal two's-complement
 * big-endian encoding: even length, with a {@code 00} byte prepended when the high bit is set.
 * That is exactly {@link BigInteger#toByteArray()} for non-negative values, so {@link #pad} is the
 * only encoding used for hashing.
 */
final class SrpMath {

    private static final byte[] HKDF_INFO = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);
    private static final int DERIVED_KEY_BYTES = 16;
    // A 3072-bit value is 768 hex digits; a little slack allows a client's own leading zeros.
    private static final int MAX_HEX_DIGITS = 1024;

    private SrpMath() {
    }

    static byte[] pad(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        return value.toByteArray();
    }

    static String padHex(BigInteger value) {
        return HexFormat.of().formatHex(pad(value));
    }

    /**
     * Parses an unsigned hex integer as the JS client sends it (no sign, no prefix, any case).
     * {@code new BigInteger(hex, 16)} alone would also take a sign and non-ASCII digits, and
     * converts in quadratic time, a tenth of a millisecond for a 3072-bit value.
     */
    static BigInteger parseHex(String hex, String name) {
        if (hex == null || hex.isEmpty() || hex.length() > MAX_HEX_DIGITS) {
            throw new SrpException(name + " must be 1 to " + MAX_HEX_DIGITS + " hex digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            if (!HexFormat.isHexDigit(hex.charAt(i))) {
                throw new SrpException(name + " must be hex digits only");
            }
        }
        return new BigInteger(1, HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : "0" + hex));
    }

    /** Lower-case hex without leading zeros, what {@code BigInteger.toString(16)} gives, in linear time. */
    static String hex(BigInteger value) {
        String padded = padHex(value);
        int start = 0;
        while (start < padded.length() - 1 && padded.charAt(start) == '0') {
            start++;
        }
        return padded.substring(start);
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = newSha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static byte[] hmacSha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is mandatory in every JRE", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code x = H(PAD(salt) | H(realm | identity | ":" | password))}. */
    static BigInteger privateKey(BigInteger salt, SrpPrincipal principal, String password) {
        byte[] identityHash = sha256(utf8(principal.realm() + principal.identity() + ":" + password));
        return new BigInteger(1, sha256(pad(salt), identityHash));
    }

    /** {@code v = g^x mod N}. */
    static BigInteger verifier(BigInteger x) {
        return FixedBase.pow(x);
    }

    /** {@code u = H(PAD(A) | PAD(B))}; zero would make the password irrelevant to S. */
    static BigInteger scramblingParameter(BigInteger a, BigInteger b) {
        return nonZeroScrambler(sha256(pad(a), pad(b)));
    }

    static BigInteger nonZeroScrambler(byte[] digest) {
        BigInteger u = new BigInteger(1, digest);
        if (u.signum() == 0) {
            throw new SrpException("u = H(A | B) is zero");
        }
        return u;
    }

    /** HKDF-SHA256 (one block, RFC 5869) of {@code PAD(S)} with salt {@code PAD(u)}, first 16 bytes. */
    static byte[] derivedKey(BigInteger s, BigInteger u) {
        byte[] prk = hmacSha256(pad(u), pad(s));
        return Arrays.copyOf(hmacSha256(prk, HKDF_INFO), DERIVED_KEY_BYTES);
    }

    /** The PASSWORD_CLAIM_SIGNATURE bytes: HMAC(key, realm | identity | secretBlock | timestamp). */
    static byte[] claimSignature(byte[] key, SrpPrincipal principal, byte[] secretBlock, String timestamp) {
        return hmacSha256(key, utf8(principal.realm()), utf8(principal.identity()), secretBlock, utf8(timestamp));
    }

    /** A uniformly random positive integer of {@code bytes * 8} bits or fewer, never zero. */
    static BigInteger randomPositive(RandomGenerator random, int bytes) {
        byte[] buffer = new byte[bytes];
        BigInteger value;
        do {
            random.nextBytes(buffer);
            value = new BigInteger(1, buffer);
        } while (value.signum() == 0);
        return value;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }
}
