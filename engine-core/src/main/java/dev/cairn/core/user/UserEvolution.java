package dev.cairn.core.user;

import dev.cairn.api.event.AttributeChangePending;
import dev.cairn.api.event.AttributeVerified;
import dev.cairn.api.event.CodeIssued;
import dev.cairn.api.event.CodeMismatched;
import dev.cairn.api.event.PasswordResetRequired;
import dev.cairn.api.event.RefreshTokenRevoked;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.SignedOutGlobally;
import dev.cairn.api.event.TokensRefreshed;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.UserAddedToGroup;
import dev.cairn.api.event.UserAttributesDeleted;
import dev.cairn.api.event.UserAttributesUpdated;
import dev.cairn.api.event.ProviderLinked;
import dev.cairn.api.event.ProviderUnlinked;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.event.UserDeleted;
import dev.cairn.api.event.UserDisabled;
import dev.cairn.api.event.UserEnabled;
import dev.cairn.api.event.UserRemovedFromGroup;
import dev.cairn.api.event.UserSignUpConfirmed;

import dev.cairn.api.event.DeviceForgotten;
import dev.cairn.core.device.DeviceEvolution;
import dev.cairn.core.device.Devices;
import dev.cairn.core.mfa.MfaEvolution;
import dev.cairn.core.mfa.MfaState;
import dev.cairn.core.passkey.PasskeyEvolution;
import dev.cairn.core.passkey.Passkeys;
import dev.cairn.api.event.RefreshTokenRotated;
import dev.cairn.api.event.FirstFactorCodeIssued;
import dev.cairn.api.event.RefreshTokenReuseDetected;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** How each user event changes a {@link UserState}: the only place that does. */
public final class UserEvolution {

    private UserEvolution() {
    }

    /** The state after {@code event}; null once the user is deleted. Other events leave it unchanged. */
    public static UserState apply(UserState s, Object event, Instant at) {
        if (event instanceof UserCreated e) {
            return new UserState(e.userPoolId(), e.sub(), e.username(), new LinkedHashMap<>(e.attributes()), UserStatus.valueOf(e.userStatus()),
                    true, at, at, e.password(), new TreeSet<>(), SignInState.NONE, Verification.NONE, e.password() == null ? null : at, MfaState.NONE, Devices.NONE, Passkeys.NONE);
        }
        if (event instanceof ProviderLinked e) {
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            attributes.put(Identities.ATTRIBUTE, Identities.with(s.attributes(), Identities.identity(e.providerAttributeValue(), e.providerName(),
                    e.providerType(), e.providerAttributeName(), false, at)));
            return with(s, attributes, s.userStatus(), s.enabled(), s.password(), at);
        }
        if (event instanceof ProviderUnlinked e) {
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            String rest = Identities.without(s.attributes(), e.providerName(), e.providerAttributeName(), e.providerAttributeValue());
            if (rest == null) attributes.remove(Identities.ATTRIBUTE);
            else attributes.put(Identities.ATTRIBUTE, rest);
            return with(s, attributes, s.userStatus(), s.enabled(), s.password(), at);
        }
        if (event instanceof UserAttributesUpdated e) {
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            attributes.putAll(e.attributes());
            return with(s, attributes, s.userStatus(), s.enabled(), s.password(), at)
                    .withVerification(VerificationEvolution.addressesChanged(s.verificationState(), e.attributes().keySet()));
        }
        if (event instanceof UserAttributesDeleted e) {
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            e.attributeNames().forEach(attributes::remove);
            return with(s, attributes, s.userStatus(), s.enabled(), s.password(), at)
                    .withVerification(VerificationEvolution.addressesChanged(s.verificationState(), e.attributeNames()));
        }
        if (event instanceof UserDisabled) return with(s, s.attributes(), s.userStatus(), false, s.password(), at);
        if (event instanceof UserEnabled) return with(s, s.attributes(), s.userStatus(), true, s.password(), at);
        if (event instanceof UserSignUpConfirmed) {
            return with(s, s.attributes(), UserStatus.CONFIRMED, s.enabled(), s.password(), at).withVerification(VerificationEvolution.used(s, "SIGN_UP", null));
        }
        if (event instanceof PasswordSet e) {
            return with(s, s.attributes(), e.permanent() ? UserStatus.CONFIRMED : UserStatus.FORCE_CHANGE_PASSWORD, s.enabled(), e.password(), at)
                    .withVerification(VerificationEvolution.used(s, "FORGOT_PASSWORD", null)).withPasswordSetAt(at);
        }
        if (event instanceof AttributeVerified e) {
            Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
            attributes.put(e.attributeName(), e.value());
            attributes.put(e.attributeName() + "_verified", "true");
            return with(s, attributes, s.userStatus(), s.enabled(), s.password(), at)
                    .withVerification(VerificationEvolution.verified(s, e.attributeName()));
        }
        if (event instanceof CodeIssued || event instanceof CodeMismatched || event instanceof AttributeChangePending) {
            return s.withVerification(VerificationEvolution.apply(s.verificationState(), event, at));
        }
        if (event instanceof PasswordResetRequired) return with(s, s.attributes(), UserStatus.RESET_REQUIRED, s.enabled(), s.password(), at);
        if (event instanceof UserAddedToGroup e) {
            TreeSet<String> groups = new TreeSet<>(s.groups());
            groups.add(e.groupName());
            return new UserState(s.userPoolId(), s.sub(), s.username(), s.attributes(), s.userStatus(), s.enabled(),
                    s.createdAt(), s.modifiedAt(), s.password(), groups, s.signIn(), s.verification(), s.passwordSetAt(), s.mfa(), s.devices(), s.passkeys());
        }
        if (event instanceof UserRemovedFromGroup e) {
            TreeSet<String> groups = new TreeSet<>(s.groups());
            groups.remove(e.groupName());
            return new UserState(s.userPoolId(), s.sub(), s.username(), s.attributes(), s.userStatus(), s.enabled(),
                    s.createdAt(), s.modifiedAt(), s.password(), groups, s.signIn(), s.verification(), s.passwordSetAt(), s.mfa(), s.devices(), s.passkeys());
        }
        if (event instanceof UserDeleted) return null;
        if (event instanceof FirstFactorCodeIssued) {
            return s.withMfa(MfaEvolution.apply(s.mfaState(), event, at)).withVerification(VerificationEvolution.apply(s.verificationState(), event, at));
        }
        if (PasskeyEvolution.handles(event)) return s.withPasskeys(PasskeyEvolution.apply(s.passkeyState(), event, at));
        if (MfaEvolution.handles(event)) return s.withMfa(MfaEvolution.apply(s.mfaState(), event, at));
        if (event instanceof DeviceForgotten e) {
            return s.withDevices(DeviceEvolution.apply(s.deviceState(), event, at)).withSignIn(SignInEvolution.deviceForgotten(s.signInState(), e.deviceKey(), at));
        }
        if (DeviceEvolution.handles(event)) return s.withDevices(DeviceEvolution.apply(s.deviceState(), event, at));
        if (event instanceof SignedIn) {
            return s.withSignIn(SignInEvolution.apply(s.signInState(), event, at)).withDevices(DeviceEvolution.apply(s.deviceState(), event, at));
        }
        if (event instanceof SignedIn || event instanceof TokensRefreshed || event instanceof SignInFailed
                || event instanceof SignedOutGlobally || event instanceof RefreshTokenRevoked
                || event instanceof RefreshTokenRotated || event instanceof RefreshTokenReuseDetected
                || event instanceof dev.cairn.api.event.SignInRiskAssessed) {
            return s.withSignIn(SignInEvolution.apply(s.signInState(), event, at));
        }
        return s;
    }

    /** Group membership does not change UserLastModifiedDate in Cognito; everything else here does. */
    private static UserState with(UserState s, Map<String, String> attributes, UserStatus status, boolean enabled,
                                  dev.cairn.api.event.PasswordVerifier password, Instant at) {
        return new UserState(s.userPoolId(), s.sub(), s.username(), attributes, status, enabled, s.createdAt(), at, password, s.groups(),
                s.signIn(), s.verification(), s.passwordSetAt(), s.mfa(), s.devices(), s.passkeys());
    }
}
