package dev.cairn.core.usermfa;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AdminSetUserMFAPreferenceRequest;
import dev.cairn.api.model.AdminSetUserMFAPreferenceResponse;
import dev.cairn.api.model.AdminSetUserSettingsRequest;
import dev.cairn.api.model.AdminSetUserSettingsResponse;
import dev.cairn.api.model.AssociateSoftwareTokenRequest;
import dev.cairn.api.model.AssociateSoftwareTokenResponse;
import dev.cairn.api.model.EmailMfaSettingsType;
import dev.cairn.api.model.MFAOptionType;
import dev.cairn.api.model.SMSMfaSettingsType;
import dev.cairn.api.model.SetUserMFAPreferenceRequest;
import dev.cairn.api.model.SetUserMFAPreferenceResponse;
import dev.cairn.api.model.SetUserSettingsRequest;
import dev.cairn.api.model.SetUserSettingsResponse;
import dev.cairn.api.model.SoftwareTokenMfaSettingsType;
import dev.cairn.api.model.VerifySoftwareTokenRequest;
import dev.cairn.api.model.VerifySoftwareTokenResponse;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.auth.AuthService;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.mfa.MfaFactor;
import dev.cairn.core.mfa.MfaPreferences;
import dev.cairn.core.mfa.Totp;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.PoolDirectory;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A user's second factors: associating and verifying an authenticator app, and turning factors
 * on, off or preferred, by the user with its access token or by an administrator. The User
 * aggregate decides (see {@code dev.cairn.core.mfa}); this translates. Association and
 * verification inside a sign-in (with a Session, at MFA_SETUP) belong to the sign-in's
 * {@link AuthService}.
 */
public final class UserMfaService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Clock clock;
    private final RandomGenerator random;
    private final AccessTokens accessTokens;
    private final AuthService auth;

    public UserMfaService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Clock clock, RandomGenerator random,
                          AccessTokens accessTokens, AuthService auth) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.accessTokens = accessTokens;
        this.auth = auth;
    }

    public Supplier<AssociateSoftwareTokenResponse> associateSoftwareToken(AssociateSoftwareTokenRequest r) {
        String secret = Totp.newSecret(random);
        if (r.accessToken() == null) {
            if (r.session() == null) throw new InvalidParameterException("Missing required parameter AccessToken or Session");
            Supplier<String> session = auth.associateSoftwareTokenInSession(r.session(), secret);
            return () -> AssociateSoftwareTokenResponse.builder().secretCode(secret).session(session.get()).build();
        }
        sendAsUser(r.accessToken(), user -> new Commands.AssociateSoftwareToken(user.sub(), secret));
        return () -> AssociateSoftwareTokenResponse.builder().secretCode(secret).build();
    }

    public Supplier<VerifySoftwareTokenResponse> verifySoftwareToken(VerifySoftwareTokenRequest r) {
        if (r.accessToken() == null) {
            if (r.session() == null) throw new InvalidParameterException("Missing required parameter AccessToken or Session");
            Supplier<String> session = auth.verifySoftwareTokenInSession(r.session(), r.userCode(), r.friendlyDeviceName());
            return () -> VerifySoftwareTokenResponse.builder().status("SUCCESS").session(session.get()).build();
        }
        sendAsUser(r.accessToken(), user -> new Commands.VerifySoftwareToken(user.sub(), r.userCode(), r.friendlyDeviceName(), clock.instant()));
        return () -> VerifySoftwareTokenResponse.builder().status("SUCCESS").build();
    }

    public Supplier<SetUserMFAPreferenceResponse> setUserMFAPreference(SetUserMFAPreferenceRequest r) {
        var settings = settings(r.smsMfaSettings(), r.softwareTokenMfaSettings(), r.emailMfaSettings());
        sendAsUser(r.accessToken(), user -> new Commands.SetMfaPreference(user.sub(), settings));
        return () -> SetUserMFAPreferenceResponse.builder().build();
    }

    public Supplier<AdminSetUserMFAPreferenceResponse> adminSetUserMFAPreference(AdminSetUserMFAPreferenceRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        axon.send(new Commands.SetMfaPreference(user.sub(), settings(r.smsMfaSettings(), r.softwareTokenMfaSettings(), r.emailMfaSettings())));
        return () -> AdminSetUserMFAPreferenceResponse.builder().build();
    }

    public Supplier<SetUserSettingsResponse> setUserSettings(SetUserSettingsRequest r) {
        var settings = legacySms(r.mfaOptions());
        sendAsUser(r.accessToken(), user -> new Commands.SetMfaPreference(user.sub(), settings));
        return () -> SetUserSettingsResponse.builder().build();
    }

    public Supplier<AdminSetUserSettingsResponse> adminSetUserSettings(AdminSetUserSettingsRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        axon.send(new Commands.SetMfaPreference(user.sub(), legacySms(r.mfaOptions())));
        return () -> AdminSetUserSettingsResponse.builder().build();
    }

    /** Sends the command the access token's user asks for, recorded as that user acting through the token's client. */
    private void sendAsUser(String accessToken, java.util.function.Function<UserState, Object> command) {
        AccessTokens.Verified v = accessTokens.verify(accessToken, clock.instant());
        axon.actingAsUser(v.user().sub(), (String) v.claims().get("client_id"), () -> axon.send(command.apply(v.user())));
    }

    private static Map<MfaFactor, MfaPreferences.Setting> settings(SMSMfaSettingsType sms, SoftwareTokenMfaSettingsType totp,
                                                                   EmailMfaSettingsType email) {
        Map<MfaFactor, MfaPreferences.Setting> out = new EnumMap<>(MfaFactor.class);
        if (sms != null) out.put(MfaFactor.SMS_MFA, new MfaPreferences.Setting(sms.enabled(), sms.preferredMfa()));
        if (totp != null) out.put(MfaFactor.SOFTWARE_TOKEN_MFA, new MfaPreferences.Setting(totp.enabled(), totp.preferredMfa()));
        if (email != null) out.put(MfaFactor.EMAIL_OTP, new MfaPreferences.Setting(email.enabled(), email.preferredMfa()));
        return out;
    }

    /**
     * The legacy MFAOptions of Set(User)Settings: SMS to phone_number is the only option; a list
     * with it turns SMS MFA on, an empty one turns it off.
     */
    private static Map<MfaFactor, MfaPreferences.Setting> legacySms(List<MFAOptionType> options) {
        List<MFAOptionType> given = options == null ? List.of() : options;
        for (MFAOptionType o : given) {
            if (!"SMS".equals(o.deliveryMedium()) || !"phone_number".equals(o.attributeName())) {
                throw new InvalidParameterException("Only SMS MFA with the phone_number attribute can be set in MFAOptions.");
            }
        }
        return Map.of(MfaFactor.SMS_MFA, new MfaPreferences.Setting(!given.isEmpty(), null));
    }
}
