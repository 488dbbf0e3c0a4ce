package dev.cairn.core.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.random.RandomGenerator;

/**
 * AES-256-GCM as the engine uses it everywhere: a fresh 96-bit nonce per message, prepended to
 * the ciphertext and its 128-bit tag, optional associated data that binds a ciphertext to its place.
 */
public final class Aead {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    /** Looking a cipher up costs more than sealing a short value; each thread keeps one. */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    });

    private Aead() {
    }

    /** nonce | ciphertext | tag. */
    public static byte[] seal(SecretKeySpec key, byte[] associatedData, byte[] plaintext, RandomGenerator random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = CIPHER.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            if (associatedData != null) c.updateAAD(associatedData);
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plaintext of what {@link #seal} made with the same key and associated data. */
    public static byte[] open(SecretKeySpec key, byte[] associatedData, byte[] sealed) throws GeneralSecurityException {
        // Shorter than nonce and tag: refused here, since the JDK's GCM fails on it with a ProviderException.
        if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new javax.crypto.AEADBadTagException("too short");
        Cipher c = CIPHER.get();
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
        if (associatedData != null) c.updateAAD(associatedData);
        return c.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }
}
