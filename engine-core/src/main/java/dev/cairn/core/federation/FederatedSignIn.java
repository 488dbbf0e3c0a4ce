package dev.cairn.core.federation;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.UsernameExistsException;
import dev.cairn.api.model.AttributeType;
import dev.cairn.core.auth.AuthTriggers;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeEndpoint;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.hosted.HostedSessions;
import dev.cairn.core.oauth.Pkce;
import dev.cairn.core.saml.AuthnRequest;
import dev.cairn.core.saml.SamlException;
import dev.cairn.core.saml.SamlMetadata;
import dev.cairn.core.saml.SamlResponse;
import dev.cairn.core.user.AttributeRules;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.Identities;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserStatus;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.PoolOAuth;
import dev.cairn.core.userpool.UserPoolState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sign-in through an upstream OpenID Connect provider. {@link #start} answers the client's
 * authorization request (once the pool aggregate accepted the client, its redirect_uri and the
 * provider) with a redirect to the provider; {@link #complete} takes the provider's answer at
 * {@code /oauth2/idpresponse}, redeems the code, accepts the ID token only as OpenID Connect Core
 * says, and signs in the user the identity belongs to: the native user it is linked to, the
 * federated user it created before (its mapped attributes brought up to date), or a new federated
 * user {@code {ProviderName}_{sub}} with status EXTERNAL_PROVIDER. The user's own aggregate decides
 * whether it may sign in; the client's authorization then completes as any hosted sign-in does.
 */
public final class FederatedSignIn {

    /** The user signed in (a hosted session for them, and the request to complete with it), or the answer when the sign-in failed. */
    public record Completion(String sessionCookie, AuthorizeRequest request, AuthorizeAnswer answer) {
        @Override
        public String toString() {
            return "Completion[...]";
        }
    }

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final SecretBox secrets;
    private final HostedSessions sessions;
    private final UpstreamOidc upstream;
    private final Ids ids;
    private final Clock clock;
    private final Triggers triggers;
    private final AuthTriggers authTriggers;

    public FederatedSignIn(AxonRuntime axon, PoolDirectory pools, UserDirectory users, SecretBox secrets, HostedSessions sessions,
                           MetadataDocuments documents, Ids ids, Clock clock, Triggers triggers) {
        this.triggers = triggers;
        this.authTriggers = new AuthTriggers(triggers);
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.secrets = secrets;
        this.sessions = sessions;
        this.upstream = new UpstreamOidc(documents);
        this.ids = ids;
        this.clock = clock;
    }

    /** Whether a request names an upstream provider ({@code identity_provider} other than COGNITO, or {@code idp_identifier}). */
    public static boolean upstreamRequested(AuthorizeRequest r) {
        return (r.identityProvider() != null && !r.identityProvider().equals("COGNITO")) || r.idpIdentifier() != null;
    }

    /** The redirect to the provider's authorization endpoint, or the refusal at the client's redirect_uri. */
    public Supplier<AuthorizeAnswer> start(String userPoolId, AuthorizeRequest r, String idpResponseUrl) {
        pools.require(userPoolId);
        try {
            axon.send(new dev.cairn.core.userpool.Commands.AuthorizeClient(userPoolId, r.clientId(), r.redirectUri(), r.responseType(),
                    r.scope(), r.codeChallenge(), r.codeChallengeMethod()));
        } catch (OAuthException e) {
            return () -> new AuthorizeAnswer.ErrorPage(e.error(), e.getMessage());
        }
        String providerName;
        try {
            providerName = axon.send(new dev.cairn.core.userpool.Commands.ChooseIdentityProvider(userPoolId, r.clientId(),
                    r.identityProvider() != null ? r.identityProvider() : r.idpIdentifier()));
        } catch (OAuthException e) {
            return () -> AuthorizeEndpoint.errorRedirect(r, e);
        }
        PoolOAuth.IdentityProvider provider = pools.require(userPoolId).oauth().identityProviders().get(providerName);
        if ("SAML".equals(provider.type().providerType())) return samlStart(userPoolId, r, provider, idpResponseUrl);
        if (!"OIDC".equals(provider.type().providerType())) {
            return () -> AuthorizeEndpoint.errorRedirect(r, OAuthException.invalidRequest(
                    "Sign-in through a " + provider.type().providerType() + " provider is not supported by Cairn."));
        }
        UpstreamOidc.Endpoints endpoints;
        try {
            endpoints = upstream.endpoints(provider);
        } catch (UpstreamOidc.Failure f) {
            return () -> AuthorizeEndpoint.errorRedirect(r, OAuthException.invalidRequest(f.getMessage()));
        }
        String nonce = ids.uuid() + ids.uuid();
        String verifier = endpoints.pkceS256() ? ids.uuid() + ids.uuid() : null;
        String state = new FederationState(providerName, r, nonce, verifier,
                clock.instant().plus(FederationState.LIFETIME).getEpochSecond()).seal(secrets, userPoolId);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.type().providerDetails().get("client_id"));
        query.put("redirect_uri", idpResponseUrl);
        query.put("scope", provider.type().providerDetails().get("authorize_scopes").trim().replaceAll("[\\s,]+", " "));
        query.put("state", state);
        query.put("nonce", nonce);
        if (verifier != null) {
            query.put("code_challenge", Pkce.s256(verifier));
            query.put("code_challenge_method", "S256");
        }
        String location = endpoints.authorizationEndpoint() + (endpoints.authorizationEndpoint().contains("?") ? "&" : "?") + encode(query);
        return () -> new AuthorizeAnswer.Redirect(location);
    }

    /** The SP entity id Cognito gives a pool, which SAML providers name as the audience of their assertions. */
    public static String spEntityId(String userPoolId) {
        return "urn:amazon:cognito:sp:" + userPoolId;
    }

    /** This domain's SAML assertion consumer URL, beside its {@code /oauth2/idpresponse}. */
    static String assertionConsumer(String idpResponseUrl) {
        return idpResponseUrl.replace("/oauth2/idpresponse", "/saml2/idpresponse");
    }

    /** An AuthnRequest to the provider's SSO URL (HTTP-Redirect binding), its ID kept in the sealed RelayState for InResponseTo. */
    private Supplier<AuthorizeAnswer> samlStart(String userPoolId, AuthorizeRequest r, PoolOAuth.IdentityProvider provider, String idpResponseUrl) {
        SamlMetadata metadata = SamlMetadata.parse(provider.samlMetadata());
        String requestId = "_" + ids.uuid();
        Instant now = clock.instant();
        String relayState = new FederationState(provider.name(), r, requestId, null, now.plus(FederationState.LIFETIME).getEpochSecond())
                .seal(secrets, userPoolId);
        String location = AuthnRequest.redirect(metadata, requestId, spEntityId(userPoolId), assertionConsumer(idpResponseUrl), relayState, now);
        return () -> new AuthorizeAnswer.Redirect(location);
    }

    /**
     * A SAML provider's Response POSTed to {@code /saml2/idpresponse} with its RelayState: signed,
     * for us, answering our request, in time (see {@link SamlResponse}); its NameID is the
     * identity's subject and its attributes fill the pool attributes the mapping names.
     */
    public Supplier<Completion> completeSaml(String userPoolId, String samlResponse, String relayState, String idpResponseUrl) {
        UserPoolState pool = pools.require(userPoolId);
        Instant now = clock.instant();
        Optional<FederationState> opened = FederationState.open(secrets, userPoolId, relayState, now);
        if (opened.isEmpty()) {
            return () -> new Completion(null, null, new AuthorizeAnswer.ErrorPage("invalid_request",
                    "The RelayState is not one this user pool issued, or it expired."));
        }
        FederationState s = opened.get();
        PoolOAuth.IdentityProvider provider = pool.oauth().identityProviders().get(s.providerName());
        if (provider == null || !"SAML".equals(provider.type().providerType())) {
            return failed(s.request(), "The identity provider " + s.providerName() + " no longer exists.");
        }
        SamlResponse answer;
        try {
            if (samlResponse == null) throw new SamlException("The provider posted no SAMLResponse.");
            answer = SamlResponse.verify(samlResponse, SamlMetadata.parse(provider.samlMetadata()), spEntityId(userPoolId), s.nonce(),
                    assertionConsumer(idpResponseUrl), now);
        } catch (SamlException refused) {
            return failed(s.request(), "The SAML response is refused: " + refused.getMessage());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        answer.attributes().forEach((name, values) -> claims.put(name, values));
        claims.put("sub", answer.nameId());
        return signedIn(pool, provider, claims, s.request(), now);
    }

    /**
     * The provider's answer at {@code /oauth2/idpresponse}: a hosted session for the user who
     * signed in and the client's request to complete, or the answer when it failed (an error page
     * when the state is not one this pool issued, else an error at the client's redirect_uri).
     */
    public Supplier<Completion> complete(String userPoolId, String code, String state, String error, String errorDescription,
                                         String idpResponseUrl) {
        UserPoolState pool = pools.require(userPoolId);
        Instant now = clock.instant();
        Optional<FederationState> opened = FederationState.open(secrets, userPoolId, state, now);
        if (opened.isEmpty()) {
            return () -> new Completion(null, null, new AuthorizeAnswer.ErrorPage("invalid_request",
                    "The state is not one this user pool issued, or it expired."));
        }
        FederationState s = opened.get();
        AuthorizeRequest r = s.request();
        if (error != null || code == null) {
            String why = error == null ? "The provider answered no code." : "The provider refused the sign-in: " + error
                    + (errorDescription == null ? "" : " (" + errorDescription + ")") + ".";
            return failed(r, why);
        }
        PoolOAuth.IdentityProvider provider = pool.oauth().identityProviders().get(s.providerName());
        if (provider == null) return failed(r, "The identity provider " + s.providerName() + " no longer exists.");
        Map<String, Object> claims;
        try {
            UpstreamOidc.Endpoints e = upstream.endpoints(provider);
            String clientId = provider.type().providerDetails().get("client_id");
            UpstreamOidc.Tokens tokens = upstream.redeem(e, clientId, secrets.open(provider.sealedSecrets().get("client_secret")), code,
                    idpResponseUrl, s.codeVerifier());
            claims = upstream.withUserInfo(e, upstream.verify(e, tokens.idToken(), clientId, s.nonce(), now), tokens.accessToken(),
                    provider.type().providerDetails().get("attributes_request_method"));
        } catch (UpstreamOidc.Failure f) {
            return failed(r, f.getMessage());
        }
        return signedIn(pool, provider, claims, r, now);
    }

    /** The user the identity signs in as, with a hosted session and the client's request to complete; or the refusal at the client's redirect_uri. */
    private Supplier<Completion> signedIn(UserPoolState pool, PoolOAuth.IdentityProvider provider, Map<String, Object> claims, AuthorizeRequest r,
                                          Instant now) {
        String sub;
        try {
            sub = signIn(pool, provider, claims, r.clientId(), now);
        } catch (CognitoException refused) {
            return failed(r, refused.getMessage());
        }
        String cookie = sessions.mint(pool.id(), sub, now);
        // The client's request completes as a hosted sign-in now: without prompt, and no longer naming the provider.
        AuthorizeRequest signedIn = new AuthorizeRequest(r.responseType(), r.clientId(), r.redirectUri(), r.state(), r.scope(), r.nonce(),
                r.codeChallenge(), r.codeChallengeMethod(), null, null, null);
        return () -> new Completion(cookie, signedIn, null);
    }

    private static Supplier<Completion> failed(AuthorizeRequest r, String why) {
        return () -> new Completion(null, null, AuthorizeEndpoint.errorRedirect(r, OAuthException.invalidRequest(why)));
    }

    /** The sub of the user the identity signs in as, created or brought up to date. */
    private String signIn(UserPoolState pool, PoolOAuth.IdentityProvider provider, Map<String, Object> claims, String clientId, Instant now) {
        String name = provider.name();
        String subject = (String) claims.get("sub");
        Map<String, String> mapped = mapped(provider, claims);
        Optional<String> existing = users.linkedTo(pool.id(), Identities.key(name, Identities.SUBJECT, subject));
        for (Map.Entry<String, String> a : mapped.entrySet()) {
            if (existing.isPresent()) break;
            existing = users.linkedTo(pool.id(), Identities.key(name, a.getKey(), a.getValue()));
        }
        if (existing.isPresent()) {
            axon.send(new Commands.AcceptFederatedSignIn(existing.get(), pool, mapped));
            UserState user = users.bySub(pool.id(), existing.get()).orElseThrow();
            Map<String, String> shown = new LinkedHashMap<>(user.attributes());
            if (user.userStatus() == UserStatus.EXTERNAL_PROVIDER) shown.putAll(mapped); // brought up to date in this unit of work
            postAuthentication(pool, clientId, user.username(), user.sub(), shown, user.userStatus());
            return existing.get();
        }
        Map<String, String> checked = AttributeRules.checkWrite(pool, mapped.entrySet().stream()
                .map(a -> AttributeType.builder().name(a.getKey()).value(a.getValue()).build()).toList(), true);
        // PreSignUp_ExternalProvider sees the mapped attributes; a refusal stops the sign-in (its record commits, no user).
        // Cognito ignores autoConfirmUser/autoVerify* for an external user, so the answer is not read.
        Decision<?> pre = triggers.preSignUp(pool, "PreSignUp_ExternalProvider", name + "_" + subject, clientId, checked, null, null);
        if (!pre.accepted()) throw pre.refusal();
        String sub = ids.uuid();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sub", sub);
        attributes.putAll(checked);
        attributes.put(Identities.ATTRIBUTE, Identities.write(List.of(Identities.identity(subject, name, provider.type().providerType(),
                Identities.SUBJECT, true, now))));
        try {
            axon.send(new Commands.CreateUser(sub, pool, name + "_" + subject, attributes, UserStatus.EXTERNAL_PROVIDER, null));
        } catch (UsernameExistsException concurrentFirstSignIn) {
            throw new UsernameExistsException("The federated user " + name + "_" + subject + " is being created by another sign-in; try again.");
        }
        postAuthentication(pool, clientId, name + "_" + subject, sub, attributes, UserStatus.EXTERNAL_PROVIDER);
        return sub;
    }

    /**
     * PostAuthentication once the identity's user may sign in (no PreAuthentication: the provider
     * authenticated the user). A refusal is raised, and answered at the client's redirect_uri.
     */
    private void postAuthentication(UserPoolState pool, String clientId, String username, String sub, Map<String, String> attributes,
                                    UserStatus status) {
        if (!triggers.configured(pool, dev.cairn.core.trigger.Trigger.PostAuthentication)) return;
        var shown = Triggers.attributes(attributes);
        shown.put("cognito:user_status", status.name());
        Decision<?> post = authTriggers.postAuthentication(pool, clientId, username, sub, shown, false, null);
        if (!post.accepted()) throw post.refusal();
    }

    /** The pool attributes the provider's claims fill, by the provider's attribute mapping (username is the subject's, never an attribute). */
    private static Map<String, String> mapped(PoolOAuth.IdentityProvider provider, Map<String, Object> claims) {
        Map<String, String> out = new LinkedHashMap<>();
        provider.type().attributeMapping().forEach((attribute, claim) -> {
            if (attribute.equals("username")) return;
            Object v = claims.get(claim);
            if (v == null) return;
            out.put(attribute, v instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(",")) : String.valueOf(v));
        });
        return out;
    }

    private static String encode(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return String.join("&", parts);
    }
}
