package dev.cairn.core.user;

import dev.cairn.api.event.AttributeChangePending;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.CodeMismatched;
import dev.cairn.api.event.FirstFactorCodeIssued;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** How code and pending-attribute events change a user's {@link Verification}. */
final class VerificationEvolution {

    /** Sends are rate-limited per hour, so older send times are forgotten. */
    static final Duration RATE_WINDOW = Duration.ofHours(1);
    /** The purpose under which the send times of first-factor codes (EMAIL_OTP, SMS_OTP) are kept. */
    static final String FIRST_FACTOR_CODE = "FIRST_FACTOR_CODE";

    private VerificationEvolution() {
    }

    static Verification apply(Verification v, Object event, Instant at) {
        if (event instanceof CodeIssued e) {
            String key = Verification.key(e.purpose(), e.attributeName());
            Verification.PendingCode previous = v.codes().get(key);
            List<Instant> recent = Stream.concat(previous == null ? Stream.empty() : previous.recentIssues().stream()
                    .filter(t -> t.plus(RATE_WINDOW).isAfter(at)), Stream.of(at)).toList();
            Map<String, Verification.PendingCode> codes = new HashMap<>(v.codes());
            codes.put(key, new Verification.PendingCode(e.codeHash(), e.expiresAt(), 0, recent));
            return new Verification(codes, v.pending());
        }
        if (event instanceof FirstFactorCodeIssued e) {
            // Kept only for the send rate limit: the code itself is answered as an MFA code is.
            String key = Verification.key(FIRST_FACTOR_CODE, e.challengeName());
            Verification.PendingCode previous = v.codes().get(key);
            List<Instant> recent = Stream.concat(previous == null ? Stream.empty() : previous.recentIssues().stream()
                    .filter(t -> t.plus(RATE_WINDOW).isAfter(at)), Stream.of(at)).toList();
            Map<String, Verification.PendingCode> codes = new HashMap<>(v.codes());
            codes.put(key, new Verification.PendingCode(null, e.expiresAt(), 0, recent));
            return new Verification(codes, v.pending());
        }
        if (event instanceof CodeMismatched e) {
            String key = Verification.key(e.purpose(), e.attributeName());
            Verification.PendingCode c = v.codes().get(key);
            if (c == null) return v;
            Map<String, Verification.PendingCode> codes = new HashMap<>(v.codes());
            codes.put(key, new Verification.PendingCode(c.hash(), c.expiresAt(), c.failures() + 1, c.recentIssues()));
            return new Verification(codes, v.pending());
        }
        if (event instanceof AttributeChangePending e) {
            v = addressesChanged(v, List.of(e.attributeName()));
            Map<String, String> pending = new HashMap<>(v.pending());
            pending.put(e.attributeName(), e.value());
            return new Verification(v.codes(), pending);
        }
        return v;
    }

    /** A code was used: it is gone, but its send times still count toward the rate limit. */
    static Verification used(UserState s, String purpose, String attribute) {
        return used(s.verificationState(), purpose, attribute);
    }

    /**
     * An email or phone number changed (or was deleted, or a new value now waits for verification):
     * a code sent earlier went to another address and must not verify this one, so it is spent.
     * The sign-up code, sent to whichever of the two the pool confirms by, goes too.
     */
    static Verification addressesChanged(Verification v, java.util.Collection<String> attributes) {
        for (String a : List.of("email", "phone_number")) {
            if (attributes.contains(a)) v = used(used(v, "VERIFY_ATTRIBUTE", a), "SIGN_UP", null);
        }
        return v;
    }

    private static Verification used(Verification v, String purpose, String attribute) {
        String key = Verification.key(purpose, attribute);
        Verification.PendingCode c = v.codes().get(key);
        if (c == null) return v;
        Map<String, Verification.PendingCode> codes = new HashMap<>(v.codes());
        codes.put(key, new Verification.PendingCode(null, null, 0, c.recentIssues()));
        return new Verification(codes, v.pending());
    }

    /** An attribute was verified: its code is used and its pending value applied. */
    static Verification verified(UserState s, String attribute) {
        Verification v = used(s.withVerification(used(s, "SIGN_UP", null)), "VERIFY_ATTRIBUTE", attribute);
        Map<String, String> pending = new HashMap<>(v.pending());
        pending.remove(attribute);
        return new Verification(v.codes(), pending);
    }
}
