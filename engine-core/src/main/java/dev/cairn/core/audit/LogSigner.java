package dev.cairn.core.audit;

import dev.cairn.api.audit.LogCheckpoint;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.storage.Storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The engine's log-signing key: an Ed25519 key pair (the JDK's), made on the first checkpoint and
 * kept beside the log, its private half sealed under the data key like every other secret. Nodes
 * sharing a database share it (the first to store one wins). It signs checkpoints; anyone holding a
 * checkpoint verifies it with the public key the checkpoint carries, which must also be this log's.
 */
final class LogSigner {

    static final String SETTING = "cairn.log.signingKey";
    private static final String ALGORITHM = "Ed25519";
    private static final byte[] SEALED_FOR = SETTING.getBytes(StandardCharsets.UTF_8);

    private final Storage storage;
    private final SecretBox secrets;

    LogSigner(Storage storage, SecretBox secrets) {
        this.storage = storage;
        this.secrets = secrets;
    }

    /** A checkpoint of {@code count} events ending in {@code head}, signed now. */
    LogCheckpoint sign(long count, String head, Instant at) {
        String[] stored = stored().orElseGet(this::create).split(" ");
        LogCheckpoint unsigned = new LogCheckpoint(LogCheckpoint.FORMAT, count, head, at, ALGORITHM, stored[0], null);
        try {
            byte[] pkcs8 = secrets.open(SEALED_FOR, Base64.getDecoder().decode(stored[1]));
            if (pkcs8 == null) throw new IllegalStateException("The log-signing key does not open with this engine's data key");
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new LogCheckpoint(unsigned.format(), count, head, at, ALGORITHM, stored[0], Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint: " + e.getMessage(), e);
        }
    }

    /**
     * Why the checkpoint cannot be trusted, or empty if it can: its signature must hold under the
     * public key it carries, and that key must be this log's.
     */
    Optional<String> distrust(LogCheckpoint checkpoint) {
        if (!LogCheckpoint.FORMAT.equals(checkpoint.format()) || !ALGORITHM.equals(checkpoint.algorithm())) {
            return Optional.of("not a " + LogCheckpoint.FORMAT + " checkpoint signed with " + ALGORITHM);
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(checkpoint.publicKey())));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(checkpoint.signature()))) {
                return Optional.of("its signature does not hold: the checkpoint was altered");
            }
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return Optional.of("its key or signature cannot be read (" + e.getMessage() + ")");
        }
        String ours = stored().map(s -> s.split(" ")[0]).orElse(null);
        if (!checkpoint.publicKey().equals(ours)) {
            return Optional.of("it was signed with another key than this log's" + (ours == null ? " (this log has none)" : ""));
        }
        return Optional.empty();
    }

    private Optional<String> stored() {
        return storage.setting(SETTING);
    }

    private String create() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair(); // the JDK's SecureRandom, whatever the engine's randomness
            String value = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + " "
                    + Base64.getEncoder().encodeToString(secrets.seal(SEALED_FOR, pair.getPrivate().getEncoded()));
            return storage.settingIfAbsent(SETTING, value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
