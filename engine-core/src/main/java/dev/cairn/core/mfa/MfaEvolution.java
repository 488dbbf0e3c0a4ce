package dev.cairn.core.mfa;

import dev.cairn.api.event.FirstFactorCodeIssued;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.MfaChallengePassed;
import dev.cairn.api.event.MfaCodeMismatched;
import dev.cairn.api.event.MfaPreferenceSet;
import dev.cairn.api.event.SoftwareTokenAssociated;
import dev.cairn.api.event.SoftwareTokenVerified;

import java.time.Instant;

/** How MFA events change a user's {@link MfaState}: the only place that does. */
public final class MfaEvolution {

    private MfaEvolution() {
    }

    /** Whether {@code event} is one this evolves. */
    public static boolean handles(Object event) {
        return event instanceof SoftwareTokenAssociated || event instanceof SoftwareTokenVerified || event instanceof MfaPreferenceSet
                || event instanceof MfaChallengeIssued || event instanceof MfaCodeMismatched || event instanceof MfaChallengePassed
                || event instanceof FirstFactorCodeIssued;
    }

    public static MfaState apply(MfaState s, Object event, Instant at) {
        if (event instanceof SoftwareTokenAssociated e) {
            return new MfaState(e.secret(), s.secret(), s.deviceName(), s.lastTotpStep(), s.enabled(), s.preferred(), s.challenge(),
                    s.softwareTokenVerified());
        }
        if (event instanceof SoftwareTokenVerified e) {
            return new MfaState(null, s.pendingSecret(), e.friendlyDeviceName(), Math.max(s.lastTotpStep(), e.timeStep()), s.enabled(),
                    s.preferred(), s.challenge(), true);
        }
        if (event instanceof MfaPreferenceSet e) {
            return new MfaState(s.pendingSecret(), s.secret(), s.deviceName(), s.lastTotpStep(), e.enabled(), e.preferred(), s.challenge(),
                    s.softwareTokenVerified());
        }
        if (event instanceof MfaChallengeIssued e) {
            return withChallenge(s, new MfaState.Challenge(e.sessionId(), e.challengeName(), e.codeHash(), e.expiresAt(), 0, false), s.lastTotpStep());
        }
        if (event instanceof FirstFactorCodeIssued e) {
            // A one-time code as the first factor is answered, counted and spent as an MFA code is.
            return withChallenge(s, new MfaState.Challenge(e.sessionId(), e.challengeName(), e.codeHash(), e.expiresAt(), 0, false), s.lastTotpStep());
        }
        MfaState.Challenge c = s.challenge();
        if (event instanceof MfaCodeMismatched e && c != null && c.sessionId().equals(e.sessionId())) {
            return withChallenge(s, new MfaState.Challenge(c.sessionId(), c.type(), c.codeHash(), c.expiresAt(), c.failures() + 1, false), s.lastTotpStep());
        }
        if (event instanceof MfaChallengePassed e) {
            long step = e.totpStep() == null ? s.lastTotpStep() : Math.max(s.lastTotpStep(), e.totpStep());
            boolean waits = c != null && c.sessionId().equals(e.sessionId()) && "MFA_SETUP".equals(c.type());
            return withChallenge(s, waits ? new MfaState.Challenge(c.sessionId(), c.type(), null, c.expiresAt(), c.failures(), true) : null, step);
        }
        return s;
    }

    private static MfaState withChallenge(MfaState s, MfaState.Challenge c, long lastTotpStep) {
        return new MfaState(s.pendingSecret(), s.secret(), s.deviceName(), lastTotpStep, s.enabled(), s.preferred(), c, s.softwareTokenVerified());
    }
}
