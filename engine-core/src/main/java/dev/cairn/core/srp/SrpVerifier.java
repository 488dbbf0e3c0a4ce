package dev.cairn.core.srp;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What the server stores instead of a password: a salt and the verifier {@code v = g^x mod N}
 * with {@code x = H(PAD(salt) | H(realm | identity | ":" | password))}.
 *
 * <p>Both values are lower-case hex in the JS client's {@code padHex} form. The salt is always
 * hashed in that canonical form, whatever leading zeros the stored text has, because the client
 * parses the SALT it receives into an integer and re-pads it.
 *
 * <p>The verifier is password-equivalent for an offline guessing attack: store it like a password
 * hash. {@link #toString()} leaves it out.
 *
 * @param saltHex     the salt as hex; never null
 * @param verifierHex the verifier as hex; never null
 */
public record SrpVerifier(String saltHex, String verifierHex) {

    private static final int SALT_BYTES = 16;

    /**
     * @throws NullPointerException if either value is null
     * @throws SrpException         if either value is not hex
     */
    public SrpVerifier {
        Objects.requireNonNull(saltHex, "saltHex");
        Objects.requireNonNull(verifierHex, "verifierHex");
        SrpMath.parseHex(saltHex, "salt");
        SrpMath.parseHex(verifierHex, "verifier");
    }

    /**
     * Creates the verifier for a password with a fresh 16-byte salt, as the JS client's
     * {@code generateHashDevice} does for devices and as Cognito does for user passwords.
     *
     * @param random the source of the salt; a {@link java.security.SecureRandom} in production
     */
    public static SrpVerifier create(SrpPrincipal principal, String password, RandomGenerator random) {
        return withSalt(principal, password, SrpMath.randomPositive(random, SALT_BYTES));
    }

    /**
     * {@link #create} with the salt drawn now and {@code g^x} computed on the first {@code get()},
     * once: for a verifier made at start-up and needed later, if ever (the decoy of unknown users).
     */
    public static Supplier<SrpVerifier> later(SrpPrincipal principal, String password, RandomGenerator random) {
        Objects.requireNonNull(password, "password");
        BigInteger salt = SrpMath.randomPositive(random, SALT_BYTES);
        return new Supplier<>() {
            private volatile SrpVerifier made;

            @Override
            public SrpVerifier get() {
                SrpVerifier v = made;
                if (v == null) made = v = withSalt(principal, password, salt); // a race computes the same value twice
                return v;
            }
        };
    }

    /** A salt in the stored form, from given bytes: decoys for unknown users derive theirs, so they are stable. */
    public static String saltHex(byte[] bytes) {
        return SrpMath.padHex(new BigInteger(1, bytes));
    }

    static SrpVerifier withSalt(SrpPrincipal principal, String password, BigInteger salt) {
        Objects.requireNonNull(password, "password");
        BigInteger verifier = SrpMath.verifier(SrpMath.privateKey(salt, principal, password));
        return new SrpVerifier(SrpMath.padHex(salt), SrpMath.padHex(verifier));
    }

    /**
     * Reads the {@code DeviceSecretVerifierConfig} a client sends with ConfirmDevice: base64 of the
     * padded hex bytes of its verifier and salt.
     *
     * @throws IllegalArgumentException if either value is not base64
     */
    public static SrpVerifier fromDeviceSecretVerifierConfig(String passwordVerifierBase64, String saltBase64) {
        HexFormat hex = HexFormat.of();
        return new SrpVerifier(
                hex.formatHex(Base64.getDecoder().decode(saltBase64)),
                hex.formatHex(Base64.getDecoder().decode(passwordVerifierBase64)));
    }

    /** The salt as the {@code Salt} of a DeviceSecretVerifierConfig. */
    public String saltBase64() {
        return Base64.getEncoder().encodeToString(SrpMath.pad(salt()));
    }

    /** The verifier as the {@code PasswordVerifier} of a DeviceSecretVerifierConfig. */
    public String passwordVerifierBase64() {
        return Base64.getEncoder().encodeToString(SrpMath.pad(verifier()));
    }

    /**
     * Whether a plaintext password is the one this verifier was made from, for USER_PASSWORD_AUTH
     * and ADMIN_USER_PASSWORD_AUTH, where the server receives the password itself. Recomputes
     * {@code g^x} and compares in constant time.
     */
    public boolean matchesPassword(SrpPrincipal principal, String password) {
        BigInteger candidate = SrpMath.verifier(SrpMath.privateKey(salt(), principal, password));
        return MessageDigest.isEqual(SrpMath.pad(candidate), SrpMath.pad(verifier()));
    }

    BigInteger salt() {
        return SrpMath.parseHex(saltHex, "salt");
    }

    BigInteger verifier() {
        return SrpMath.parseHex(verifierHex, "verifier");
    }

    @Override
    public String toString() {
        return "SrpVerifier[saltHex=" + saltHex + ", verifierHex=<redacted>]";
    }
}
