package dev.cairn.core.passwordless;

import dev.cairn.core.passkey.Passkeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which first factors of choice-based sign-in (USER_AUTH) a user has: those the pool allows
 * ({@code Policies.SignInPolicy.AllowedFirstAuthFactors}) that the user can use. A password needs a
 * password set; a one-time code needs a verified email address (EMAIL_OTP) or phone number
 * (SMS_OTP) to go to; a passkey needs a registered passkey.
 */
public final class FirstFactors {

    private FirstFactors() {
    }

    /** The pool's first factors ({@code PASSWORD} only for a pool without a sign-in policy). */
    public static List<String> allowed(dev.cairn.core.userpool.UserPoolState pool) {
        var policies = pool.settings().policies();
        var signIn = policies == null ? null : policies.signInPolicy();
        return signIn == null || signIn.allowedFirstAuthFactors() == null ? List.of("PASSWORD") : signIn.allowedFirstAuthFactors();
    }

    /** The user's factors in Cognito's AuthFactorType names, in the pool's order (GetUserAuthFactors' ConfiguredUserAuthFactors). */
    public static List<String> configured(List<String> allowed, boolean hasPassword, Map<String, String> attributes, Passkeys passkeys) {
        List<String> out = new ArrayList<>();
        for (String f : allowed == null ? List.of("PASSWORD") : allowed) {
            boolean has = switch (f) {
                case "PASSWORD" -> hasPassword;
                case "EMAIL_OTP" -> verified(attributes, "email");
                case "SMS_OTP" -> verified(attributes, "phone_number");
                case "WEB_AUTHN" -> !passkeys.credentials().isEmpty();
                default -> false;
            };
            if (has && !out.contains(f)) out.add(f);
        }
        return out;
    }

    /** The challenges a SELECT_CHALLENGE offers for those factors: a password may be given as PASSWORD or PASSWORD_SRP. */
    public static List<String> challenges(List<String> factors) {
        List<String> out = new ArrayList<>();
        for (String f : factors) {
            out.add(f);
            if (f.equals("PASSWORD")) out.add("PASSWORD_SRP");
        }
        return out;
    }

    private static boolean verified(Map<String, String> attributes, String name) {
        return attributes.get(name) != null && "true".equals(attributes.get(name + "_verified"));
    }
}
