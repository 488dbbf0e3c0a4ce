package dev.cairn.core.user;

import dev.cairn.api.event.RefreshTokenReuseDetected;
import dev.cairn.api.event.RefreshTokenRevoked;
import dev.cairn.api.event.RefreshTokenRotated;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.SignedOutGlobally;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** How sign-in events change a user's {@link SignInState}. Expired tokens and old revocations are pruned as it goes. */
final class SignInEvolution {

    /** Access and ID tokens live at most a day, so a revoked origin need not be remembered longer. */
    private static final Duration LONGEST_ACCESS_TOKEN = Duration.ofDays(1);

    private SignInEvolution() {
    }

    static SignInState apply(SignInState s, Object event, Instant at) {
        if (event instanceof SignedIn e) {
            Map<String, SignInState.RefreshToken> tokens = live(s.refreshTokens(), at);
            if (e.refreshTokenHash() != null) {
                if (tokens.size() >= SignInState.MAX_REFRESH_TOKENS) {
                    tokens.entrySet().stream().min(java.util.Map.Entry.comparingByValue(
                            java.util.Comparator.comparing(SignInState.RefreshToken::authTime))).ifPresent(oldest -> tokens.remove(oldest.getKey()));
                }
                tokens.put(e.originJti(), new SignInState.RefreshToken(e.refreshTokenHash(), e.clientId(), e.refreshTokenExpiresAt(), at, e.deviceKey()));
            }
            return new SignInState(0, null, s.signedOutAt(), tokens, recent(s.revokedOrigins(), at), s.riskHistory());
        }
        if (event instanceof SignInFailed e) {
            if (!"WRONG_PASSWORD".equals(e.reason())) return s;
            return new SignInState(s.failedAttempts() + 1, at, s.signedOutAt(), s.refreshTokens(), s.revokedOrigins(), s.riskHistory());
        }
        if (event instanceof SignedOutGlobally) {
            Map<String, Instant> revoked = recent(s.revokedOrigins(), at);
            s.refreshTokens().keySet().forEach(origin -> revoked.put(origin, at));
            return new SignInState(s.failedAttempts(), s.lastFailureAt(), at, Map.of(), revoked, s.riskHistory());
        }
        if (event instanceof RefreshTokenRevoked e) {
            Map<String, SignInState.RefreshToken> tokens = new HashMap<>(s.refreshTokens());
            tokens.remove(e.originJti());
            Map<String, Instant> revoked = recent(s.revokedOrigins(), at);
            revoked.put(e.originJti(), at);
            return new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), tokens, revoked, s.riskHistory());
        }
        if (event instanceof dev.cairn.api.event.SignInRiskAssessed e) {
            return new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), s.refreshTokens(), s.revokedOrigins(),
                    s.riskHistory().with(e.ipRange(), e.deviceName()));
        }
        if (event instanceof RefreshTokenRotated e && s.refreshTokens().containsKey(e.originJti())) {
            Map<String, SignInState.RefreshToken> tokens = new HashMap<>(s.refreshTokens());
            SignInState.RefreshToken t = tokens.get(e.originJti());
            Instant until = at.plusSeconds(e.retryGracePeriodSeconds());
            java.util.List<SignInState.Retired> retired = new java.util.ArrayList<>(t.retired());
            SignInState.Retired before = t.retiredAs(e.previousTokenHash());
            retired.removeIf(r -> r.hash().equals(e.previousTokenHash()) || r.hash().equals(t.hash()));
            // The token given in (a retry keeps its first grace period, never a longer one), and the
            // family's current one when a retry within the grace period came with an older one.
            retired.add(new SignInState.Retired(e.previousTokenHash(), before != null ? before.usableUntil() : until));
            if (t.hash() != null && !t.hash().equals(e.previousTokenHash())) retired.add(new SignInState.Retired(t.hash(), until));
            while (retired.size() > SignInState.RefreshToken.MAX_RETIRED) retired.remove(0);
            tokens.put(e.originJti(), new SignInState.RefreshToken(e.refreshTokenHash(), t.clientId(), t.expiresAt(), t.authTime(), t.deviceKey(), retired));
            return new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), tokens, s.revokedOrigins(), s.riskHistory());
        }
        if (event instanceof RefreshTokenReuseDetected e) {
            Map<String, SignInState.RefreshToken> tokens = new HashMap<>(s.refreshTokens());
            tokens.remove(e.originJti());
            Map<String, Instant> revoked = recent(s.revokedOrigins(), at);
            revoked.put(e.originJti(), at);
            return new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), tokens, revoked, s.riskHistory());
        }
        return s; // TokensRefreshed changes nothing that decisions need; it is kept for the audit trail
    }

    /** A forgotten device takes the refresh tokens bound to it along: they are revoked. */
    static SignInState deviceForgotten(SignInState s, String deviceKey, Instant at) {
        Map<String, SignInState.RefreshToken> tokens = new HashMap<>(s.refreshTokens());
        Map<String, Instant> revoked = recent(s.revokedOrigins(), at);
        s.refreshTokens().forEach((origin, t) -> {
            if (deviceKey.equals(t.deviceKey())) {
                tokens.remove(origin);
                revoked.put(origin, at);
            }
        });
        return new SignInState(s.failedAttempts(), s.lastFailureAt(), s.signedOutAt(), tokens, revoked, s.riskHistory());
    }

    private static Map<String, SignInState.RefreshToken> live(Map<String, SignInState.RefreshToken> tokens, Instant at) {
        Map<String, SignInState.RefreshToken> out = new HashMap<>();
        tokens.forEach((k, v) -> {
            if (v.expiresAt().isAfter(at)) out.put(k, v);
        });
        return out;
    }

    private static Map<String, Instant> recent(Map<String, Instant> revoked, Instant at) {
        Map<String, Instant> out = new HashMap<>();
        revoked.forEach((k, v) -> {
            if (v.plus(LONGEST_ACCESS_TOKEN).isAfter(at)) out.put(k, v);
        });
        return out;
    }
}
