package dev.cairn.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Codes a user was sent and has not used yet, by purpose (and attribute, for attribute
 * verification), and attribute values waiting for verification before they take effect.
 *
 * @param codes   by {@link #key(String, String)}
 * @param pending new values of email or phone_number waiting for verification
 */
public record Verification(Map<String, PendingCode> codes, Map<String, String> pending) {

    public static final Verification NONE = new Verification(Map.of(), Map.of());

    /**
     * A code: its keyed hash, when it dies, how many wrong guesses it has had, and when codes of
     * this kind were sent in the last hour (for the send rate limit).
     */
    public record PendingCode(String hash, Instant expiresAt, int failures, List<Instant> recentIssues) {
    }

    public static String key(String purpose, String attribute) {
        return attribute == null ? purpose : purpose + ":" + attribute;
    }

    public PendingCode code(String purpose, String attribute) {
        return codes.get(key(purpose, attribute));
    }
}
