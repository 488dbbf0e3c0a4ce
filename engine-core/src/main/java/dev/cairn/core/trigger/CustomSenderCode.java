package dev.cairn.core.trigger;

import dev.cairn.core.crypto.Aead;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The {@code request.code} a CustomSMSSender or CustomEmailSender function gets. Cognito encrypts it
 * with the pool's KMS key through the AWS Encryption SDK; Cairn has no KMS, so the operator gives the
 * engine a 32-byte key (the builder's {@code customSenderKey}, the server's
 * {@code --custom-sender-key-file} / {@code CAIRN_CUSTOM_SENDER_KEY}) and the function holds the same key.
 *
 * <p>Format: {@code base64( nonce (12 bytes) | AES-256-GCM ciphertext of the code's UTF-8 | tag (16 bytes) )},
 * with the associated data {@code "cairn-custom-sender:" + userPoolId}, so a code made for one pool
 * opens in no other. {@link #decrypt} is what a function does with it (in Java; any AES-GCM library
 * does the same).
 */
public final class CustomSenderCode {

    private CustomSenderCode() {
    }

    public static String encrypt(byte[] key, String userPoolId, String code, RandomGenerator random) {
        return Base64.getEncoder().encodeToString(Aead.seal(spec(key), aad(userPoolId), code.getBytes(StandardCharsets.UTF_8), random));
    }

    /**
     * @throws GeneralSecurityException for a code made with another key or for another pool, or altered
     */
    public static String decrypt(byte[] key, String userPoolId, String encrypted) throws GeneralSecurityException {
        return new String(Aead.open(spec(key), aad(userPoolId), Base64.getDecoder().decode(encrypted)), StandardCharsets.UTF_8);
    }

    private static SecretKeySpec spec(byte[] key) {
        if (key.length != 32) throw new IllegalArgumentException("The custom sender key must be 32 bytes");
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] aad(String userPoolId) {
        return ("cairn-custom-sender:" + userPoolId).getBytes(StandardCharsets.UTF_8);
    }
}
