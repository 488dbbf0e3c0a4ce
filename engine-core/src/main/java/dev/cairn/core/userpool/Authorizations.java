package dev.cairn.core.userpool;

import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.OAuthException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an app client may be sent an authorization answer ({@code /oauth2/authorize}): decided in
 * the user pool aggregate on the client's settings as they are; nothing is written.
 *
 * <p>Two kinds of refusal, as RFC 6749 section 4.1.2.1 separates them: while the client or its
 * redirect_uri is in doubt, nothing may be sent to that URI, so the refusal is thrown (the endpoint
 * shows an error page); once the redirect_uri is one of the client's CallbackURLs, a refusal is the
 * returned value, and the endpoint sends it to that URI with the state.
 */
public final class Authorizations {

    /** RFC 7636 section 4.2: 43 to 128 unreserved characters. */
    private static final Pattern CODE_CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private Authorizations() {
    }

    /** The scopes granted, or the refusal to send to the redirect_uri; throws when there is no URI to send it to. */
    static Decision<List<String>> decide(UserPoolState pool, Commands.AuthorizeClient c) {
        UserPoolState.AppClient client = c.clientId() == null ? null : pool.clients().get(c.clientId());
        if (client == null) throw OAuthException.invalidRequest("The client_id is not an app client of this user pool.");
        var settings = client.client();
        List<String> callbacks = settings.callbackURLs() == null ? List.of() : settings.callbackURLs();
        // Cognito's error page says redirect_mismatch; an unregistered URI is never redirected to.
        if (c.redirectUri() == null || !callbacks.contains(c.redirectUri())) {
            throw new OAuthException("redirect_mismatch", 400, "The redirect_uri is not one of the app client's callback URLs.");
        }
        if (!"code".equals(c.responseType()) && !"token".equals(c.responseType())) {
            return Decision.refuse(new OAuthException("unsupported_response_type", 400, "response_type must be code or token."));
        }
        List<String> flows = settings.allowedOAuthFlows() == null ? List.of() : settings.allowedOAuthFlows();
        if (!Boolean.TRUE.equals(settings.allowedOAuthFlowsUserPoolClient())) {
            return Decision.refuse(OAuthException.unauthorizedClient("The app client is not enabled for OAuth 2.0 flows."));
        }
        String flow = c.responseType().equals("code") ? "code" : "implicit";
        if (!flows.contains(flow)) {
            return Decision.refuse(OAuthException.unauthorizedClient("The app client is not allowed the " + flow + " flow."));
        }
        if (c.codeChallenge() != null || c.codeChallengeMethod() != null) {
            if (c.codeChallenge() == null || !CODE_CHALLENGE.matcher(c.codeChallenge()).matches()) {
                return Decision.refuse(OAuthException.invalidRequest("code_challenge must be 43 to 128 characters of [A-Za-z0-9-._~]."));
            }
            if (c.codeChallengeMethod() != null && !c.codeChallengeMethod().equals("S256") && !c.codeChallengeMethod().equals("plain")) {
                return Decision.refuse(OAuthException.invalidRequest("code_challenge_method must be S256 or plain."));
            }
        }
        List<String> allowed = settings.allowedOAuthScopes() == null ? List.of() : settings.allowedOAuthScopes();
        if (c.scope() == null || c.scope().isBlank()) {
            // Cognito grants every scope the client is allowed when the request names none.
            if (allowed.isEmpty()) return Decision.refuse(OAuthException.invalidScope("The app client is allowed no scope."));
            return Decision.accept(List.copyOf(allowed));
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(c.scope().trim().split(" +")));
        for (String scope : requested) {
            if (!allowed.contains(scope)) return Decision.refuse(OAuthException.invalidScope("The scope " + scope + " is not allowed for this client."));
            if (scope.contains("/") && !pool.oauth().definesCustomScope(scope)) {
                return Decision.refuse(OAuthException.invalidScope("The scope " + scope + " is not defined by a resource server."));
            }
        }
        return Decision.accept(List.copyOf(requested));
    }

    /**
     * Whether {@code /logout} may send the browser to {@code logoutUri}: only to one of the client's
     * LogoutURLs, exactly. Thrown, since there is nowhere else to send a refusal.
     */
    static void checkLogout(UserPoolState pool, Commands.CheckLogout c) {
        UserPoolState.AppClient client = c.clientId() == null ? null : pool.clients().get(c.clientId());
        if (client == null) throw OAuthException.invalidRequest("The client_id is not an app client of this user pool.");
        List<String> logoutUrls = client.client().logoutURLs() == null ? List.of() : client.client().logoutURLs();
        if (c.logoutUri() == null || !logoutUrls.contains(c.logoutUri())) {
            throw OAuthException.invalidRequest("The logout_uri is not one of the app client's sign-out URLs.");
        }
    }
}
