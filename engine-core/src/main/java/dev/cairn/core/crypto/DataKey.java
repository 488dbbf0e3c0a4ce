package dev.cairn.core.crypto;

import dev.cairn.core.storage.Storage;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The data key: the 32 bytes that seal every secret the engine must read back (client secrets,
 * signing keys, SRP session state, the users' personal-data keys) and key every MAC (codes,
 * sessions). Much of that lives in the append-only log and can never be sealed again, so the data
 * key never changes; what protects it can.
 *
 * <ul>
 *   <li>Without a master key, the storage keeps the data key as it is ({@code master_key} in
 *   {@code cairn_meta}, the name it always had): anyone who can read the database can read it.
 *   <li>With a master key (a 32-byte key the operator keeps outside the database), the storage
 *   keeps only the data key sealed under it ({@code data_key_sealed}, AES-256-GCM): the database
 *   alone opens nothing. A database that kept its key in the clear has it sealed and the clear copy
 *   deleted the first time it is opened with a master key.
 *   <li>{@link #rotate} seals the data key under a new master key: the old master key no longer
 *   opens the database as it is from then on (it still opens copies taken before).
 * </ul>
 *
 * A database that has no key yet gets a random data key, except that a log written while the
 * host's master key sealed secrets directly (before data keys existed) keeps that key as its data key.
 */
public final class DataKey {

    static final String CLEAR = "master_key";
    static final String SEALED = "data_key_sealed";
    private static final byte[] ASSOCIATED = "cairn-data-key".getBytes(StandardCharsets.UTF_8);

    private DataKey() {
    }

    /**
     * The data key of {@code storage}, opened with {@code masterKey} (null: none given). A new data
     * key, and every nonce here, come from a SecureRandom whatever randomness the engine was given:
     * an engine seeded for a test must not get a guessable key.
     *
     * @throws IllegalStateException when the key given does not open the data key, when the data key
     *                               is sealed and no key is given, or when the log has events but no
     *                               key material and no key is given (its secrets were sealed directly
     *                               under a host's key before data keys existed: that key is needed)
     */
    public static byte[] resolve(Storage storage, byte[] masterKey) {
        Optional<String> sealed = storage.setting(SEALED);
        Optional<String> clear = storage.setting(CLEAR);
        if (masterKey == null) {
            if (sealed.isPresent()) {
                throw new IllegalStateException("This database's data key is sealed under a master key: supply it "
                        + "(CairnEngineBuilder.masterKey, or the server's --master-key-file / CAIRN_MASTER_KEY).");
            }
            if (clear.isEmpty() && storage.hasEvents()) throw sealedDirectly();
            return decode(storage.settingIfAbsent(CLEAR, encode(random32())));
        }
        requireKey(masterKey);
        if (sealed.isPresent()) return open(masterKey, sealed.get());
        byte[] dataKey = clear.map(DataKey::decode).orElseGet(() -> storage.hasEvents() ? masterKey.clone() : random32());
        byte[] kept = open(masterKey, storage.settingIfAbsent(SEALED, seal(masterKey, dataKey))); // another node may have sealed first
        clear.ifPresent(c -> storage.replaceSetting(CLEAR, c, null));
        return kept;
    }

    /**
     * Seals the data key under {@code newMasterKey} instead of {@code oldMasterKey} (null: the key
     * is kept in the clear today). Engines running on the database keep working: the data key
     * itself does not change. A database whose data key is not stored yet (never opened since data
     * keys exist) has it settled under the current key first, exactly as an engine would.
     */
    public static void rotate(Storage storage, byte[] oldMasterKey, byte[] newMasterKey) {
        requireKey(newMasterKey);
        resolve(storage, oldMasterKey); // settles (or checks) the data key under the current key, refusing a wrong one
        Optional<String> sealed = storage.setting(SEALED);
        if (sealed.isEmpty()) {
            resolve(storage, newMasterKey); // the key was kept in the clear: seal it under the new master key
            return;
        }
        byte[] dataKey = open(oldMasterKey, sealed.get());
        if (!storage.replaceSetting(SEALED, sealed.get(), seal(newMasterKey, dataKey))) {
            throw new IllegalStateException("The data key changed during the rotation; run it again.");
        }
    }

    private static IllegalStateException sealedDirectly() {
        return new IllegalStateException("This database's log has secrets but no stored data key: they were sealed under the "
                + "master key the host gave before data keys existed. Supply that key (CairnEngineBuilder.masterKey, or the "
                + "server's --master-key-file / CAIRN_MASTER_KEY).");
    }

    private static byte[] open(byte[] masterKey, String sealed) {
        try {
            return Aead.open(new SecretKeySpec(masterKey, "AES"), ASSOCIATED, decode(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key given does not open this database's data key.");
        }
    }

    private static String seal(byte[] masterKey, byte[] dataKey) {
        return encode(Aead.seal(new SecretKeySpec(masterKey, "AES"), ASSOCIATED, dataKey, new SecureRandom()));
    }

    private static void requireKey(byte[] key) {
        if (key.length != 32) throw new IllegalArgumentException("A master key is 32 bytes");
    }

    private static byte[] random32() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    private static String encode(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] decode(String s) {
        return Base64.getDecoder().decode(s);
    }
}
