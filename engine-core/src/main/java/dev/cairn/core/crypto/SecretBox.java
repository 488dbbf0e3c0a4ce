package dev.cairn.core.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Encrypts secrets the engine must read back (app client secrets) before they enter the log:
 * AES-256-GCM under the engine's master key, a fresh 96-bit nonce per secret.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    /** Looking a cipher up costs more than sealing a short secret; each thread keeps one. */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    });
    private final SecretKeySpec key;
    private final RandomGenerator random;

    public SecretBox(byte[] masterKey, RandomGenerator random) {
        if (masterKey.length != 32) throw new IllegalArgumentException("The master key must be 32 bytes");
        this.key = new SecretKeySpec(masterKey, "AES");
        this.random = random;
    }

    /**
     * A MAC of {@code data} under a key derived from the master key for {@code purpose}, so that
     * tokens the engine hands out (sessions) cannot be forged or altered.
     */
    public byte[] mac(String purpose, byte[] data) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] subkey = derive.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(String sealed) {
        byte[] all = Base64.getDecoder().decode(sealed);
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret does not open with this engine's master key", e);
        }
    }
}
