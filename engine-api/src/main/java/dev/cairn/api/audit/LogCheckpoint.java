package dev.cairn.api.audit;

import java.time.Instant;

/**
 * A signed statement of the log's state: the chain's head after {@code count} events, signed with
 * the engine's log-signing key. Kept outside the database, it lets a later verification prove that
 * none of those events changed since, even if the whole chain were recomputed.
 *
 * @param format    {@code cairn-log-checkpoint/1}
 * @param count     how many events the chain held
 * @param head      the link of the last of them (SHA-256, hexadecimal)
 * @param at        when the checkpoint was taken
 * @param algorithm the signature algorithm ({@code Ed25519})
 * @param publicKey the engine's public key (X.509 SubjectPublicKeyInfo, base64)
 * @param signature the signature over {@link #signedText()} (base64)
 */
public record LogCheckpoint(String format, long count, String head, Instant at, String algorithm, String publicKey, String signature) {

    public static final String FORMAT = "cairn-log-checkpoint/1";

    /** The exact text that is signed. */
    public String signedText() {
        return format + "\ncount=" + count + "\nhead=" + head + "\nat=" + at + "\n";
    }
}
