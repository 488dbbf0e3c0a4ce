package dev.cairn.core.crypto;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Encrypts secrets the engine must read back (app client secrets) before they enter the log:
 * AES-256-GCM under the engine's master key, a fresh 96-bit nonce per secret.
 */
public final class SecretBox {

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
        return Base64.getEncoder().encodeToString(Aead.seal(key, null, plaintext.getBytes(StandardCharsets.UTF_8), random));
    }

    public String open(String sealed) {
        try {
            return new String(Aead.open(key, null, Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed secret does not open with this engine's master key", e);
        }
    }

    /** Seals bytes bound to {@code associatedData}: they open only with the same associated data. */
    public byte[] seal(byte[] associatedData, byte[] plaintext) {
        return Aead.seal(key, associatedData, plaintext, random);
    }

    /** What {@link #seal(byte[], byte[])} sealed, or null if {@code sealed} was not sealed so, for this associated data, under this key. */
    public byte[] open(byte[] associatedData, byte[] sealed) {
        try {
            return Aead.open(key, associatedData, sealed);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
