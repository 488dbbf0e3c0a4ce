package dev.cairn.core.userpasskeys;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.WebAuthnNotEnabledException;
import dev.cairn.api.model.CompleteWebAuthnRegistrationRequest;
import dev.cairn.api.model.CompleteWebAuthnRegistrationResponse;
import dev.cairn.api.model.DeleteWebAuthnCredentialRequest;
import dev.cairn.api.model.DeleteWebAuthnCredentialResponse;
import dev.cairn.api.model.GetUserAuthFactorsRequest;
import dev.cairn.api.model.GetUserAuthFactorsResponse;
import dev.cairn.api.model.ListWebAuthnCredentialsRequest;
import dev.cairn.api.model.ListWebAuthnCredentialsResponse;
import dev.cairn.api.model.StartWebAuthnRegistrationRequest;
import dev.cairn.api.model.StartWebAuthnRegistrationResponse;
import dev.cairn.api.model.WebAuthnCredentialDescription;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.json.Json;
import dev.cairn.core.passkey.PasskeyDecisions;
import dev.cairn.core.passkey.PasskeyOptions;
import dev.cairn.core.passkey.Passkeys;
import dev.cairn.core.passwordless.FirstFactors;
import dev.cairn.core.user.PasswordlessCommands;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * A signed-in user's passkeys and sign-in factors, with its access token: registering a passkey
 * (StartWebAuthnRegistration, CompleteWebAuthnRegistration), listing and deleting passkeys, and
 * GetUserAuthFactors. The User aggregate decides (see {@code dev.cairn.core.passkey}); lists come
 * from the user read model, which the user projection keeps and a rebuild reproduces.
 */
public final class UserPasskeyService {

    /** ListWebAuthnCredentials answers at most this many a page (the model's maximum MaxResults). */
    static final int MAX_RESULTS = 20;

    private final AxonRuntime axon;
    private final Clock clock;
    private final RandomGenerator random;
    private final AccessTokens accessTokens;
    private final PageTokens pageTokens;

    public UserPasskeyService(AxonRuntime axon, Clock clock, RandomGenerator random, AccessTokens accessTokens, PageTokens pageTokens) {
        this.axon = axon;
        this.clock = clock;
        this.random = random;
        this.accessTokens = accessTokens;
        this.pageTokens = pageTokens;
    }

    public Supplier<StartWebAuthnRegistrationResponse> startWebAuthnRegistration(StartWebAuthnRegistrationRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        UserPoolState pool = v.pool();
        if (!FirstFactors.allowed(pool).contains("WEB_AUTHN")) {
            // Cognito's wording is not documented; this one says what to change.
            throw new WebAuthnNotEnabledException("Passkey sign-in (WEB_AUTHN) is not among the user pool's AllowedFirstAuthFactors.");
        }
        String rpId = PasskeyOptions.relyingPartyId(pool);
        String challenge = PasskeyDecisions.newChallenge(random);
        UserState user = v.user();
        asUser(v, new PasswordlessCommands.StartWebAuthnRegistration(user.sub(), challenge, rpId, PasskeyOptions.userVerification(pool),
                clock.instant()));
        Map<String, Object> options = PasskeyOptions.creation(pool, rpId, user.sub(), user.username(), challenge, user.passkeyState());
        return () -> StartWebAuthnRegistrationResponse.builder().credentialCreationOptions(options).build();
    }

    public Supplier<CompleteWebAuthnRegistrationResponse> completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        if (r.credential() == null) throw new InvalidParameterException("Missing required parameter Credential");
        String credential = r.credential() instanceof String s ? s : Json.write(r.credential());
        // Cognito names a passkey after its provider (from the authenticator's AAGUID); without that
        // registry, the name says when it was registered.
        String name = "Passkey registered " + clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        asUser(v, new PasswordlessCommands.CompleteWebAuthnRegistration(v.user().sub(), credential, name, clock.instant()));
        return () -> CompleteWebAuthnRegistrationResponse.builder().build();
    }

    public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest r) {
        UserState user = accessTokens.verify(r.accessToken(), clock.instant()).user();
        int size = r.maxResults() == null || r.maxResults() == 0 ? MAX_RESULTS : Math.min(r.maxResults(), MAX_RESULTS);
        String list = "passkeys:" + user.userPoolId() + "/" + user.sub();
        List<Passkeys.Passkey> all = user.passkeyState().credentials();
        int from = 0;
        if (r.nextToken() != null) {
            String after = pageTokens.decode(list, r.nextToken(), 1).get(0);
            from = 0;
            while (from < all.size() && !all.get(from).credentialId().equals(after)) from++;
            from++; // past the last one shown (a deleted one ends the list)
        }
        List<Passkeys.Passkey> shown = all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
        String next = from + size < all.size() ? pageTokens.encode(list, shown.get(shown.size() - 1).credentialId()) : null;
        return ListWebAuthnCredentialsResponse.builder().credentials(shown.stream().map(UserPasskeyService::describe).toList())
                .nextToken(next).build();
    }

    public Supplier<DeleteWebAuthnCredentialResponse> deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        asUser(v, new PasswordlessCommands.DeleteWebAuthnCredential(v.user().sub(), r.credentialId()));
        return () -> DeleteWebAuthnCredentialResponse.builder().build();
    }

    /** The user's MFA settings as GetUser reports them, and its first factors among the pool's. */
    public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        UserState user = v.user();
        var view = UserViews.adminGetUser(user);
        List<String> mfa = view.userMFASettingList();
        return GetUserAuthFactorsResponse.builder().username(user.username()).preferredMfaSetting(view.preferredMfaSetting())
                .userMFASettingList(mfa == null || mfa.isEmpty() ? null : mfa)
                .configuredUserAuthFactors(FirstFactors.configured(FirstFactors.allowed(v.pool()), user.password() != null, user.attributes(),
                        user.passkeyState()))
                .build();
    }

    private void asUser(AccessTokens.Verified v, Object command) {
        axon.actingAsUser(v.user().sub(), (String) v.claims().get("client_id"), () -> axon.send(command));
    }

    private static WebAuthnCredentialDescription describe(Passkeys.Passkey p) {
        return WebAuthnCredentialDescription.builder().credentialId(p.credentialId()).friendlyCredentialName(p.friendlyName())
                .relyingPartyId(p.relyingPartyId()).authenticatorAttachment(p.attachment())
                .authenticatorTransports(p.transports() == null ? List.of() : p.transports()).createdAt(p.createdAt()).build();
    }
}
