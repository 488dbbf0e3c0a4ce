package dev.cairn.core.mfa;

import dev.cairn.api.error.EnableSoftwareTokenMFAException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.SoftwareTokenMFANotFoundException;
import dev.cairn.api.event.MfaPreferenceSet;
import dev.cairn.api.event.SoftwareTokenVerified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The User aggregate's decisions about its own second factors: verifying an authenticator app and
 * turning factors on, off or preferred. Each answers the event to apply, or throws the Cognito
 * error (bad input: nothing is written).
 */
public final class MfaPreferences {

    static final String CODE_MISMATCH = "Code mismatch and fail enable Software Token MFA";

    private MfaPreferences() {
    }

    /** One factor's setting in a request: null members leave that part as it is. */
    public record Setting(Boolean enabled, Boolean preferred) {
    }

    /** VerifySoftwareToken: the code must be the associated secret's, within a step of now, unused. */
    public static SoftwareTokenVerified verify(MfaState s, String userPoolId, String sub, String code, String friendlyDeviceName, Instant now) {
        if (s.pendingSecret() == null) throw new SoftwareTokenMFANotFoundException("Software Token MFA has not been associated with the user.");
        OptionalLong step = Totp.match(s.pendingSecret(), code, now, s.lastTotpStep());
        if (step.isEmpty()) throw new EnableSoftwareTokenMFAException(CODE_MISMATCH);
        return new SoftwareTokenVerified(userPoolId, sub, friendlyDeviceName, step.getAsLong());
    }

    /**
     * Set(User)MFAPreference and Set(User)Settings: turning a factor on needs its means (a verified
     * authenticator, a phone number, an email address); one factor at most is preferred, and only
     * one that is on. Empty when nothing changes.
     */
    public static Optional<MfaPreferenceSet> set(MfaState s, String userPoolId, String sub, Map<String, String> attributes,
                                                 Map<MfaFactor, Setting> given) {
        Map<MfaFactor, Boolean> on = new EnumMap<>(MfaFactor.class);
        for (MfaFactor f : MfaFactor.values()) on.put(f, s.enabled().contains(f.name()));
        String preferred = s.preferred();
        long preferring = given.values().stream().filter(g -> Boolean.TRUE.equals(g.preferred())).count();
        if (preferring > 1) throw new InvalidParameterException("Only one MFA type can be set as preferred.");
        for (var e : given.entrySet()) {
            MfaFactor f = e.getKey();
            Setting g = e.getValue();
            if (Boolean.TRUE.equals(g.enabled()) && !hasMeans(s, f, attributes)) {
                throw new InvalidParameterException("User does not have delivery config set to turn on " + f.name());
            }
            if (g.enabled() != null) on.put(f, g.enabled());
            if (Boolean.TRUE.equals(g.preferred())) preferred = f.name();
            if (Boolean.FALSE.equals(g.preferred()) && f.name().equals(preferred)) preferred = null;
        }
        if (preferred != null && !on.get(MfaFactor.valueOf(preferred))) {
            if (given.containsKey(MfaFactor.valueOf(preferred)) && Boolean.TRUE.equals(given.get(MfaFactor.valueOf(preferred)).preferred())) {
                throw new InvalidParameterException("Cannot set " + preferred + " as preferred MFA when it is not enabled.");
            }
            preferred = null;
        }
        List<String> enabled = new ArrayList<>();
        on.forEach((f, v) -> {
            if (v) enabled.add(f.name());
        });
        if (enabled.equals(s.enabled()) && java.util.Objects.equals(preferred, s.preferred())) return Optional.empty();
        return Optional.of(new MfaPreferenceSet(userPoolId, sub, enabled, preferred));
    }

    private static boolean hasMeans(MfaState s, MfaFactor f, Map<String, String> attributes) {
        return f == MfaFactor.SOFTWARE_TOKEN_MFA ? s.secret() != null : attributes.get(f.attribute()) != null;
    }
}
