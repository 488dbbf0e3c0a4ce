package dev.cairn.core.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What sign-ins left on a user: consecutive failures (for the lockout), when the user last signed
 * out everywhere, the live refresh tokens (by origin jti, hashed) and recently revoked origins.
 *
 * @param refreshTokens  live refresh tokens by origin jti
 * @param revokedOrigins origin jtis revoked, with when: access tokens from them are refused until they expire
 */
public record SignInState(int failedAttempts, Instant lastFailureAt, Instant signedOutAt,
                          Map<String, RefreshToken> refreshTokens, Map<String, Instant> revokedOrigins, RiskHistory riskHistory) {

    public SignInState {
        if (riskHistory == null) riskHistory = RiskHistory.NONE;
    }

    /**
     * The network ranges and devices of the user's assessed sign-ins (threat protection's baseline),
     * the most recent {@value #MAX_KNOWN} of each.
     */
    public record RiskHistory(List<String> ranges, List<String> devices) {

        public static final RiskHistory NONE = new RiskHistory(List.of(), List.of());

        public RiskHistory {
            ranges = ranges == null ? List.of() : List.copyOf(ranges);
            devices = devices == null ? List.of() : List.copyOf(devices);
        }

        public boolean empty() {
            return ranges.isEmpty() && devices.isEmpty();
        }

        RiskHistory with(String range, String device) {
            return new RiskHistory(added(ranges, range), added(devices, device));
        }

        private static List<String> added(List<String> known, String value) {
            if (value == null) return known;
            List<String> next = new java.util.ArrayList<>(known);
            next.remove(value);
            next.add(value);
            return next.size() > MAX_KNOWN ? next.subList(next.size() - MAX_KNOWN, next.size()) : next;
        }
    }

    /** Ranges and devices remembered per user. */
    public static final int MAX_KNOWN = 20;

    /** Cognito locks a user out after this many consecutive wrong passwords... */
    public static final int FREE_ATTEMPTS = 5;
    /** ...for one second, doubling with each further failure, up to this long. */
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);

    /**
     * Live refresh tokens kept per user; a sign-in beyond this retires the oldest one. The state
     * is read and written on every sign-in, so it must stay small whatever a client does.
     */
    public static final int MAX_REFRESH_TOKENS = 100;

    public static final SignInState NONE = new SignInState(0, null, null, Map.of(), Map.of(), RiskHistory.NONE);

    /**
     * A refresh token as kept: its hash, the client it belongs to, when it dies, the device it is
     * bound to, and (with rotation) the hashes of the family's tokens rotated out, each usable until
     * its grace period ends and a sign of theft after that.
     */
    public record RefreshToken(String hash, String clientId, Instant expiresAt, Instant authTime, String deviceKey, List<Retired> retired) {

        /** Rotated-out tokens kept per family, newest last: enough to catch a stolen one replayed. */
        public static final int MAX_RETIRED = 10;

        public RefreshToken(String hash, String clientId, Instant expiresAt, Instant authTime, String deviceKey) {
            this(hash, clientId, expiresAt, authTime, deviceKey, List.of());
        }

        public RefreshToken {
            retired = retired == null ? List.of() : List.copyOf(retired);
        }

        /** The rotated-out token of this hash, or null. */
        public Retired retiredAs(String tokenHash) {
            return retired.stream().filter(r -> r.hash().equals(tokenHash)).findFirst().orElse(null);
        }
    }

    /** A token rotated out of its family, usable until {@code usableUntil} (the client's RetryGracePeriodSeconds after rotation). */
    public record Retired(String hash, Instant usableUntil) {
    }

    /** Until when the user is locked out, if at all. */
    public Instant lockedUntil() {
        if (failedAttempts < FREE_ATTEMPTS || lastFailureAt == null) return null;
        int doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 20);
        Duration lock = Duration.ofSeconds(1L << doublings);
        return lastFailureAt.plus(lock.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lock);
    }

    public boolean lockedAt(Instant now) {
        Instant until = lockedUntil();
        return until != null && now.isBefore(until);
    }
}
