package dev.cairn.api.event;

import java.util.List;

/**
 * A user's MFA factors were turned on or off (SetUserMFAPreference, AdminSetUserMFAPreference,
 * SetUserSettings, AdminSetUserSettings).
 *
 * @param enabled   the factors on, of {@code SMS_MFA}, {@code SOFTWARE_TOKEN_MFA}, {@code EMAIL_OTP}
 * @param preferred the factor used when several are on; null for none (the user then chooses at sign-in)
 */
@EventType("cairn.mfa.MfaPreferenceSet")
public record MfaPreferenceSet(String userPoolId, String sub, List<String> enabled, String preferred) implements UserEvent {
}
