package dev.cairn.core.mfa;

import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.SoftwareTokenMFANotFoundException;
import dev.cairn.api.event.MfaChallengeIssued;
import dev.cairn.api.event.MfaChallengePassed;
import dev.cairn.api.event.MfaCodeMismatched;
import dev.cairn.api.event.MfaPreferenceSet;
import dev.cairn.api.event.SoftwareTokenAssociated;
import dev.cairn.api.event.SoftwareTokenVerified;
import dev.cairn.core.delivery.DeliveryMedium;
import dev.cairn.core.delivery.Masking;
import dev.cairn.core.userpool.PoolMfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The User aggregate's decisions about a sign-in's second factor, as Cognito makes them: which
 * challenge follows a right password, whether an answer is right, and the MFA_SETUP steps. Each
 * answers the events to apply; an answer that is refused without a trace throws.
 */
public final class MfaChallenges {

    /** Wrong answers a challenge takes; the last one ends it. */
    public static final int MAX_WRONG_CODES = 5;
    static final String WRONG_CODE = "Invalid code or auth state for the user.";
    static final String INVALID_SESSION = "Invalid session for the user.";

    private MfaChallenges() {
    }

    /**
     * What a password sign-in brings for a challenge it may lead to, minted before the user decides:
     * the pool's mode and factors, the session, and a code (as its keyed hash) in case one is sent.
     */
    public record Offer(String mfaMode, PoolMfa pool, String sessionId, String codeHash, Instant expiresAt) {
    }

    /** How an answer was judged: passed, a wrong code (recorded, refused), or refused without a trace. */
    public sealed interface Verdict {
        record Passed(MfaChallengePassed event) implements Verdict {
        }

        record Wrong(MfaCodeMismatched event, CognitoException error) implements Verdict {
        }
    }

    /**
     * The factors the user is challenged with: on for the user, offered by the pool, and with their
     * means still there (a phone number or email address deleted since turns its factor's challenge
     * off), the preferred one first.
     */
    public static List<String> usable(MfaState s, PoolMfa pool, Map<String, String> attributes) {
        List<String> out = new ArrayList<>();
        for (String f : pool.factors()) if (s.enabled().contains(f) && hasMeans(s, MfaFactor.valueOf(f), attributes)) out.add(f);
        if (s.preferred() != null && out.remove(s.preferred())) out.add(0, s.preferred());
        return out;
    }

    /**
     * The challenge after a right password, or none. MFA OFF asks none. A user with factors on is
     * asked the preferred (or only) one, or to choose. With MFA ON and no factor on, a code goes to
     * the phone (or email) the pool can send to, else the user must set an authenticator up.
     */
    public static Optional<MfaChallengeIssued> afterPassword(MfaState s, String userPoolId, String sub, Map<String, String> attributes, Offer o) {
        // A pool with MFA on but no factor (set so by CreateUserPool or UpdateUserPool, which take no factors) asks none.
        if (o == null || "OFF".equals(o.mfaMode()) || o.pool().factors().isEmpty()) return Optional.empty();
        List<String> usable = usable(s, o.pool(), attributes);
        if (usable.size() == 1 || (!usable.isEmpty() && usable.get(0).equals(s.preferred()))) {
            return Optional.of(issue(userPoolId, sub, MfaFactor.valueOf(usable.get(0)), attributes, o));
        }
        if (!usable.isEmpty()) return Optional.of(bare(userPoolId, sub, "SELECT_MFA_TYPE", o));
        if (!"ON".equals(o.mfaMode())) return Optional.empty();
        if (o.pool().sms() && attributes.get("phone_number") != null) return Optional.of(issue(userPoolId, sub, MfaFactor.SMS_MFA, attributes, o));
        if (o.pool().email() && attributes.get("email") != null) return Optional.of(issue(userPoolId, sub, MfaFactor.EMAIL_OTP, attributes, o));
        return Optional.of(bare(userPoolId, sub, "MFA_SETUP", o));
    }

    /** SELECT_MFA_TYPE's answer: the chosen factor's challenge. */
    public static MfaChallengeIssued select(MfaState s, String userPoolId, String sub, Map<String, String> attributes, String choice, Offer o) {
        requireOpen(s, o.sessionId(), "SELECT_MFA_TYPE");
        if (choice == null || !usable(s, o.pool(), attributes).contains(choice)) {
            throw new InvalidParameterException("Invalid MFA type " + choice + " selected.");
        }
        return issue(userPoolId, sub, MfaFactor.valueOf(choice), attributes, o);
    }

    /** An answer to SMS_MFA, EMAIL_OTP or SOFTWARE_TOKEN_MFA: the code, or (SMS, email) its keyed hash. */
    public static Verdict answer(MfaState s, String userPoolId, String sub, String sessionId, String challengeName, String code,
                                 String codeHash, Instant now) {
        MfaState.Challenge c = requireOpen(s, sessionId, challengeName);
        if (c.failures() >= MAX_WRONG_CODES || !now.isBefore(c.expiresAt())) throw new NotAuthorizedException(INVALID_SESSION);
        if (MfaFactor.SOFTWARE_TOKEN_MFA.name().equals(challengeName)) { // the others (SMS_MFA, EMAIL_OTP, SMS_OTP) are sent codes
            if (s.secret() == null) throw new SoftwareTokenMFANotFoundException("Software Token MFA does not exist for the user.");
            OptionalLong step = Totp.match(s.secret(), code, now, s.lastTotpStep());
            if (step.isPresent()) return new Verdict.Passed(new MfaChallengePassed(userPoolId, sub, sessionId, challengeName, step.getAsLong()));
        } else if (c.codeHash() != null && codeHash != null
                && MessageDigest.isEqual(c.codeHash().getBytes(StandardCharsets.UTF_8), codeHash.getBytes(StandardCharsets.UTF_8))) {
            return new Verdict.Passed(new MfaChallengePassed(userPoolId, sub, sessionId, challengeName, null));
        }
        CognitoException error = c.failures() + 1 >= MAX_WRONG_CODES ? new NotAuthorizedException(INVALID_SESSION) : new CodeMismatchException(WRONG_CODE);
        return new Verdict.Wrong(new MfaCodeMismatched(userPoolId, sub, sessionId, challengeName), error);
    }

    /** AssociateSoftwareToken within a sign-in at MFA_SETUP. */
    public static SoftwareTokenAssociated associateInSetup(MfaState s, String userPoolId, String sub, String sessionId, String secret) {
        requireOpen(s, sessionId, "MFA_SETUP");
        return new SoftwareTokenAssociated(userPoolId, sub, secret);
    }

    /** VerifySoftwareToken within a sign-in at MFA_SETUP: verifying the authenticator passes the challenge. */
    public static List<Object> verifyInSetup(MfaState s, String userPoolId, String sub, String sessionId, String code, String friendlyDeviceName,
                                             Instant now) {
        requireOpen(s, sessionId, "MFA_SETUP");
        SoftwareTokenVerified verified = MfaPreferences.verify(s, userPoolId, sub, code, friendlyDeviceName, now);
        return List.of(verified, new MfaChallengePassed(userPoolId, sub, sessionId, "MFA_SETUP", verified.timeStep()));
    }

    /**
     * MFA_SETUP's answer once the authenticator was verified in this sign-in: TOTP is turned on (and
     * preferred, unless another factor is), and the sign-in may complete. Empty when nothing changes.
     */
    public static Optional<MfaPreferenceSet> completeSetup(MfaState s, String userPoolId, String sub, String sessionId) {
        MfaState.Challenge c = s.challenge();
        if (c == null || !c.sessionId().equals(sessionId) || !"MFA_SETUP".equals(c.type()) || !c.passed()) {
            throw new InvalidParameterException("Software token MFA must be verified before MFA_SETUP is answered.");
        }
        if (s.enabled().contains("SOFTWARE_TOKEN_MFA")) return Optional.empty();
        List<String> enabled = new ArrayList<>(s.enabled());
        enabled.add("SOFTWARE_TOKEN_MFA");
        enabled.sort(java.util.Comparator.comparing(MfaFactor::valueOf));
        return Optional.of(new MfaPreferenceSet(userPoolId, sub, enabled, s.preferred() != null ? s.preferred() : "SOFTWARE_TOKEN_MFA"));
    }

    private static boolean hasMeans(MfaState s, MfaFactor f, Map<String, String> attributes) {
        return f == MfaFactor.SOFTWARE_TOKEN_MFA ? s.softwareTokenVerified() : attributes.get(f.attribute()) != null;
    }

    private static MfaState.Challenge requireOpen(MfaState s, String sessionId, String challengeName) {
        MfaState.Challenge c = s.challenge();
        if (c == null || !c.sessionId().equals(sessionId) || !c.type().equals(challengeName) || c.passed()) {
            throw new NotAuthorizedException(INVALID_SESSION);
        }
        return c;
    }

    private static MfaChallengeIssued issue(String userPoolId, String sub, MfaFactor factor, Map<String, String> attributes, Offer o) {
        if (factor == MfaFactor.SOFTWARE_TOKEN_MFA) return bare(userPoolId, sub, factor.name(), o);
        DeliveryMedium medium = DeliveryMedium.of(factor.attribute());
        return new MfaChallengeIssued(userPoolId, sub, o.sessionId(), factor.name(), o.codeHash(), o.expiresAt(), medium.name(),
                Masking.mask(medium, attributes.get(factor.attribute())));
    }

    private static MfaChallengeIssued bare(String userPoolId, String sub, String challengeName, Offer o) {
        return new MfaChallengeIssued(userPoolId, sub, o.sessionId(), challengeName, null, o.expiresAt(), null, null);
    }
}
