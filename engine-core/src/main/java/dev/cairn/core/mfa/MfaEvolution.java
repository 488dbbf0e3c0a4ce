package dev.cairn.core.mfa;

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
        return event instanceof SoftwareTokenAssociated || event instanceof SoftwareTokenVerified || event instanceof MfaPreferenceSet;
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
        return s;
    }
}
