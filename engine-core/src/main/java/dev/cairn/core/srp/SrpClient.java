package dev.cairn.core.srp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The client side of Cognito's SRP, a Java rendering of amazon-cognito-identity-js's
 * {@code AuthenticationHelper} and {@code CognitoUser} math, for tests, fixtures and tools that
 * sign in without a browser. One instance is one sign-in attempt: its secret {@code a} is used
 * for a single SRP_A.
 */
public final class SrpClient {

    // The JS client draws 128 random bytes for a; matching it keeps timings comparable.
    private static final int PRIVATE_A_BYTES = 128;
    private static final int DEVICE_PASSWORD_BYTES = 40;

    private final BigInteger a;
    private final BigInteger bigA;

    /** Starts an attempt with a fresh secret {@code a} drawn from {@code random}. */
    public SrpClient(RandomGenerator random) {
        this(SrpMath.randomPositive(random, PRIVATE_A_BYTES));
    }

    SrpClient(BigInteger a) {
        this.a = a;
        this.bigA = FixedBase.pow(a);
    }

    /** SRP_A for InitiateAuth or DEVICE_SRP_AUTH, in the JS client's form (unpadded hex). */
    public String srpA() {
        return SrpMath.hex(bigA);
    }

    /**
     * Computes the PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) responses for a challenge.
     *
     * @param principal   the pool name and USER_ID_FOR_SRP, or the device group key and device key
     * @param password    the user's password, or the device's random password
     * @param srpB        SRP_B from the challenge
     * @param saltHex     SALT from the challenge
     * @param secretBlock SECRET_BLOCK from the challenge (base64)
     * @param now         the client's clock, formatted into TIMESTAMP
     * @throws SrpException if SRP_B is not hex or {@code B mod N == 0}, or {@code u} is zero
     */
    public PasswordClaim answer(SrpPrincipal principal, String password, String srpB, String saltHex,
                                String secretBlock, Instant now) {
        Objects.requireNonNull(password, "password");
        BigInteger b = SrpMath.parseHex(srpB, "SRP_B");
        if (b.mod(SrpGroup.N).signum() == 0) {
            throw new SrpException("SRP_B mod N is zero");
        }
        BigInteger u = SrpMath.scramblingParameter(bigA, b);
        BigInteger x = SrpMath.privateKey(SrpMath.parseHex(saltHex, "SALT"), principal, password);
        // S = (B - k g^x)^(a + u x) mod N
        BigInteger base = b.subtract(SrpGroup.K.multiply(SrpMath.verifier(x))).mod(SrpGroup.N);
        BigInteger s = base.modPow(a.add(u.multiply(x)), SrpGroup.N);
        String timestamp = CognitoTimestamp.format(now);
        byte[] signature = SrpMath.claimSignature(SrpMath.derivedKey(s, u), principal,
                Base64.getDecoder().decode(secretBlock), timestamp);
        return new PasswordClaim(secretBlock, timestamp, Base64.getEncoder().encodeToString(signature));
    }

    /**
     * What a client makes when it remembers a device (ConfirmDevice): a random device password of
     * 40 bytes, base64, and the verifier for it, as the JS client's {@code generateHashDevice}.
     */
    public static DeviceSecret rememberDevice(String deviceGroupKey, String deviceKey, RandomGenerator random) {
        byte[] passwordBytes = new byte[DEVICE_PASSWORD_BYTES];
        random.nextBytes(passwordBytes);
        String password = Base64.getEncoder().encodeToString(passwordBytes);
        SrpVerifier verifier = SrpVerifier.create(SrpPrincipal.device(deviceGroupKey, deviceKey), password, random);
        return new DeviceSecret(password, verifier);
    }

    /**
     * A remembered device's secret as the client keeps it, and the verifier it sends in
     * ConfirmDevice's DeviceSecretVerifierConfig.
     *
     * @param randomPassword the device password the client stores
     * @param verifier       the salt and verifier the server stores
     */
    public record DeviceSecret(String randomPassword, SrpVerifier verifier) {

        @Override
        public String toString() {
            return "DeviceSecret[randomPassword=<redacted>, verifier=" + verifier + "]";
        }
    }
}
