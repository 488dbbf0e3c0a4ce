package dev.cairn.core.hosted;

import dev.cairn.api.event.AuthorizationCodeIssued;
import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.core.auth.AuthTriggers;
import dev.cairn.core.auth.TokenIssuer;
import dev.cairn.core.auth.TokenOverrides;
import dev.cairn.core.oauth.TokenEndpoint;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.oauth.AuthorizationCode;
import dev.cairn.core.oauth.Pkce;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.NewTokens;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A pool domain's {@code /oauth2/authorize}: the pool aggregate decides whether the client may be
 * answered at that redirect_uri and with which scopes; a signed-in hosted session then gets an
 * authorization code (an {@link AuthorizationCode} aggregate) or, in the implicit flow, tokens
 * (recorded by the User aggregate); without one, the hosted login page comes first.
 */
public final class AuthorizeEndpoint {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final HostedSessions sessions;
    private final TokenIssuer issuer;
    private final Ids ids;
    private final Clock clock;

    private final AuthTriggers triggers;

    public AuthorizeEndpoint(AxonRuntime axon, PoolDirectory pools, UserDirectory users, HostedSessions sessions, TokenIssuer issuer, Ids ids,
                             Clock clock, Triggers triggers) {
        this.triggers = new AuthTriggers(triggers);
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.sessions = sessions;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * The answer to an authorization request of a browser whose hosted session cookie is
     * {@code sessionCookie} (null if it has none).
     */
    public Supplier<AuthorizeAnswer> authorize(String userPoolId, AuthorizeRequest r, String sessionCookie) {
        pools.require(userPoolId);
        Decision<List<String>> granted;
        try {
            granted = axon.send(new dev.cairn.core.userpool.Commands.AuthorizeClient(userPoolId, r.clientId(), r.redirectUri(), r.responseType(),
                    r.scope(), r.codeChallenge(), r.codeChallengeMethod()));
        } catch (OAuthException e) {
            return () -> new AuthorizeAnswer.ErrorPage(e.error(), e.getMessage());
        }
        if (!granted.accepted()) return () -> errorRedirect(r, (OAuthException) granted.refusal());
        return switch (signInRoute(r)) {
            case HOSTED_LOGIN -> withHostedSession(userPoolId, r, granted.value(), sessionCookie);
            case UPSTREAM_PROVIDER -> () -> errorRedirect(r, OAuthException.invalidRequest(
                    "Sign-in through an identity provider is not configured for this user pool."));
        };
    }

    /** Where the user signs in for this request. */
    enum SignInRoute { HOSTED_LOGIN, UPSTREAM_PROVIDER }

    /**
     * The seam for federation: {@code identity_provider} (other than {@code COGNITO}) or
     * {@code idp_identifier} names an upstream identity provider, whose sign-in would start here with
     * a redirect to that provider (and come back through {@code /oauth2/idpresponse}); everything
     * else signs in on the hosted login page. No upstream provider exists yet, so such a request is
     * answered with an error at the redirect_uri.
     */
    static SignInRoute signInRoute(AuthorizeRequest r) {
        boolean upstream = (r.identityProvider() != null && !r.identityProvider().equals("COGNITO")) || r.idpIdentifier() != null;
        return upstream ? SignInRoute.UPSTREAM_PROVIDER : SignInRoute.HOSTED_LOGIN;
    }

    private Supplier<AuthorizeAnswer> withHostedSession(String userPoolId, AuthorizeRequest r, List<String> scopes, String sessionCookie) {
        Instant now = clock.instant();
        Optional<HostedSessions.Session> session = sessions.open(userPoolId, sessionCookie, now)
                .filter(s -> users.bySub(userPoolId, s.sub()).isPresent());
        if ("login".equals(r.prompt()) || (session.isEmpty() && !"none".equals(r.prompt()))) return AuthorizeAnswer.Login::new;
        if (session.isEmpty()) return () -> errorRedirect(r, new OAuthException("login_required", 400, "The user is not signed in."));
        HostedSessions.Session s = session.get();
        if (r.responseType().equals("code")) return code(userPoolId, r, scopes, s, now);
        return implicit(userPoolId, r, scopes, s, now);
    }

    private Supplier<AuthorizeAnswer> code(String userPoolId, AuthorizeRequest r, List<String> scopes, HostedSessions.Session s, Instant now) {
        String code = ids.uuid();
        String codeId = Pkce.s256(code);
        String challenge = r.codeChallenge() == null ? null
                : "plain".equals(r.codeChallengeMethod()) || r.codeChallengeMethod() == null ? Pkce.s256(r.codeChallenge()) : r.codeChallenge();
        String method = r.codeChallenge() == null ? null : r.codeChallengeMethod() == null ? "plain" : r.codeChallengeMethod();
        axon.send(new AuthorizationCode.IssueCode(codeId, new AuthorizationCodeIssued(codeId, userPoolId, r.clientId(), s.sub(), r.redirectUri(),
                challenge, method, r.nonce(), scopes, s.authTime(), now.plus(AuthorizationCode.LIFETIME))));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", r.state());
        return () -> new AuthorizeAnswer.Redirect(r.redirectUri() + (r.redirectUri().contains("?") ? "&" : "?") + encode(answer));
    }

    /** The implicit grant: ID and access tokens (no refresh token) in the redirect's fragment. */
    private Supplier<AuthorizeAnswer> implicit(String userPoolId, AuthorizeRequest r, List<String> scopes, HostedSessions.Session s, Instant now) {
        String originJti = ids.uuid();
        UserPoolState before = pools.require(userPoolId);
        // PreTokenGeneration (TokenGeneration_HostedAuth) before the tokens are recorded: a refusal records only its invocation.
        Decision<TokenOverrides> overrides = TokenEndpoint.hostedAuthTrigger(triggers, before, r.clientId(),
                users.bySub(userPoolId, s.sub()).orElse(null), scopes);
        if (!overrides.accepted()) return () -> errorRedirect(r, OAuthException.invalidRequest(overrides.refusal().getMessage()));
        try {
            axon.send(new Commands.IssueTokensForAuthorization(s.sub(), r.clientId(), "implicit", new NewTokens(originJti, null, null, null, null),
                    s.authTime()));
        } catch (OAuthException e) {
            return AuthorizeAnswer.Login::new; // the session's user may have no tokens now (disabled, signed out): sign in again
        }
        return () -> {
            UserPoolState pool = pools.require(userPoolId);
            AuthenticationResultType t = issuer.issue(pool, pool.clients().get(r.clientId()).client(), users.bySub(userPoolId, s.sub()).orElseThrow(),
                    originJti, s.authTime(), now, null, new TokenIssuer.OAuthGrant(scopes, r.nonce()), overrides.value());
            Map<String, String> answer = new LinkedHashMap<>();
            if (t.idToken() != null) answer.put("id_token", t.idToken());
            answer.put("access_token", t.accessToken());
            answer.put("token_type", t.tokenType());
            answer.put("expires_in", String.valueOf(t.expiresIn()));
            answer.put("state", r.state());
            return new AuthorizeAnswer.Redirect(r.redirectUri() + "#" + encode(answer));
        };
    }

    /** RFC 6749 section 4.1.2.1 and 4.2.2.1: the error at the redirect_uri, in the query (or the fragment, for the implicit flow), with the state. */
    public static AuthorizeAnswer errorRedirect(AuthorizeRequest r, OAuthException e) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", e.error());
        answer.put("error_description", e.getMessage());
        answer.put("state", r.state());
        String separator = "token".equals(r.responseType()) ? "#" : r.redirectUri().contains("?") ? "&" : "?";
        return new AuthorizeAnswer.Redirect(r.redirectUri() + separator + encode(answer));
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
