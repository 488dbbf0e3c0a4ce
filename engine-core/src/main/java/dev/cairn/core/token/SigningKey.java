package dev.cairn.core.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An RSA 2048 key pair that signs tokens (RS256), named by a {@code kid}.
 *
 * <p>The private key leaves this object only as PKCS#8 DER ({@link #pkcs8()}), for the engine to
 * store encrypted and read back with {@link #fromPkcs8}. {@link #toString()} shows the kid only.
 */
public final class SigningKey {

    private static final int BITS = 2048;

    private final String kid;
    private final RSAPrivateCrtKey privateKey;
    private final PublicSigningKey publicKey;

    private SigningKey(String kid, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
        this.kid = Objects.requireNonNull(kid, "kid");
        this.privateKey = privateKey;
        this.publicKey = new PublicSigningKey(kid, publicKey);
    }

    /**
     * Generates a key whose kid is its RFC 7638 JWK thumbprint in standard base64, the shape of
     * Cognito's kids (44 characters ending in {@code =}).
     *
     * @param random the source of the primes; a SecureRandom in production
     */
    public static SigningKey generate(RandomGenerator random) {
        KeyPair pair = generatePair(random);
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        return new SigningKey(thumbprint(publicKey), (RSAPrivateCrtKey) pair.getPrivate(), publicKey);
    }

    /**
     * Reads a key stored with {@link #pkcs8()}.
     *
     * @throws IllegalArgumentException if the bytes are not an RSA PKCS#8 private key with CRT parameters
     */
    public static SigningKey fromPkcs8(String kid, byte[] pkcs8) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)) instanceof RSAPrivateCrtKey key)) {
                throw new IllegalArgumentException("Not an RSA private key with CRT parameters");
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new SigningKey(kid, key, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA PKCS#8 private key", e);
        }
    }

    /** The key id tokens carry in their header. */
    public String kid() {
        return kid;
    }

    /** The public half, for JWKS and verification. */
    public PublicSigningKey publicKey() {
        return publicKey;
    }

    /** The private key as PKCS#8 DER; a fresh copy the caller must protect. */
    public byte[] pkcs8() {
        return privateKey.getEncoded();
    }

    RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }

    private static KeyPair generatePair(RandomGenerator random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(BITS, RSAKeyGenParameterSpec.F4),
                    SecureRandomAdapter.of(random));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is mandatory in every JRE", e);
        }
    }

    /** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
    private static String thumbprint(RSAPublicKey key) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("e", Jose.base64Url(key.getPublicExponent()));
        members.put("kty", "RSA");
        members.put("n", Jose.base64Url(key.getModulus()));
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(Jose.write(members)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }
}
