package dev.cairn.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.oauth.RevokeRequest;
import dev.cairn.core.oauth.TokenRequest;
import dev.cairn.core.oauth.TokenResponse;

import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAuth 2.0 endpoints of pool domains. Each domain is served two ways: under a path of the
 * server's own endpoint, {@code /{domain}/oauth2/token} (so the discovery document's URLs work on
 * localhost with no DNS), and by {@code Host} header, {@code {prefix}.auth.{region}.amazoncognito.com}
 * or a custom domain, at {@code /oauth2/token} as in Cognito.
 *
 * <p>Errors are RFC 6749's: {@code {"error": "..."}} with 400, or 401 for {@code invalid_client}.
 * The domain in the path is matched against a host-name pattern on the raw, undecoded path.
 */
final class OAuthRoute {

    static final String TOKEN = "/oauth2/token";
    static final String REVOKE = "/oauth2/revoke";
    static final String AUTHORIZE = "/oauth2/authorize";
    static final String USER_INFO = "/oauth2/userInfo";
    static final String LOGOUT = "/logout";
    /** Where an upstream OpenID Connect provider sends the user back (federation). */
    static final String IDP_RESPONSE = "/oauth2/idpresponse";
    /** Where a SAML provider POSTs its Response (the assertion consumer service). */
    static final String SAML_RESPONSE = "/saml2/idpresponse";
    /** Every endpoint of a domain: the OAuth 2.0 ones and the hosted pages ({@link HostedRoute}). */
    static final java.util.Set<String> ENDPOINTS = java.util.Set.of(TOKEN, REVOKE, AUTHORIZE, USER_INFO, LOGOUT, IDP_RESPONSE, SAML_RESPONSE,
            HostedRoute.LOGIN, HostedRoute.SIGNUP, HostedRoute.CONFIRM, HostedRoute.FORGOT, HostedRoute.CONFIRM_FORGOT);
    private static final Pattern BY_PATH = Pattern.compile("/([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)"
            + "(/oauth2/(?:token|revoke|authorize|userInfo|idpresponse)|/saml2/idpresponse|/login|/signup|/confirm|/forgotPassword|/confirmForgotPassword|/logout)");

    /**
     * An endpoint of a domain: the domain, the endpoint ({@link #ENDPOINTS}), and the path the
     * domain's endpoints sit under: {@code /{domain}} when it was named in the path, empty when by Host.
     */
    record Target(String domain, String endpoint, String base) {
    }

    /** What an endpoint reads of a request. {@code secure}: it came over https (cookies get the Secure attribute). */
    record Call(String method, String query, String contentType, String authorization, String cookies, boolean secure, String sourceIp,
                byte[] body, String host) {
        @Override
        public String toString() {
            return "Call[" + method + "]";
        }
    }
    private static final String FORM = "application/x-www-form-urlencoded";

    private final CairnEngine engine;
    private final String region;
    private final HostedRoute hosted;

    OAuthRoute(CairnEngine engine, String region, boolean httpsEndpoint) {
        this.engine = engine;
        this.region = region;
        this.hosted = new HostedRoute(engine, httpsEndpoint);
    }

    /** The domain a request addresses, by its path or else its Host header, if it is an endpoint of a domain this engine has. */
    Optional<Target> target(String rawPath, String host) {
        Matcher m = BY_PATH.matcher(rawPath);
        if (m.matches()) return Optional.of(m.group(1)).filter(d -> engine.poolOfDomain(d).isPresent())
                .map(d -> new Target(d, m.group(2), "/" + d));
        if (ENDPOINTS.contains(rawPath)) return domainOfHost(host).map(d -> new Target(d, rawPath, ""));
        return Optional.empty();
    }

    /** {@code GET} or {@code POST} to an endpoint of a domain. */
    Reply handle(Target target, Call call) {
        return switch (target.endpoint()) {
            case TOKEN -> call.method().equals("POST") ? token(target.domain(), call.contentType(), call.authorization(), call.body()) : notAllowed();
            case REVOKE -> call.method().equals("POST") ? revoke(target.domain(), call.contentType(), call.authorization(), call.body()) : notAllowed();
            case USER_INFO -> userInfo(target.domain(), call.authorization());
            default -> hosted.handle(target, call);
        };
    }

    private static Reply notAllowed() {
        return json(405, Map.of("error", "invalid_request"), "invalid_request", null);
    }

    /**
     * {@code GET} (or {@code POST}) {@code /oauth2/userInfo} with {@code Authorization: Bearer}: the
     * user's claims as JSON; errors per RFC 6750 in {@code WWW-Authenticate}.
     */
    private Reply userInfo(String domain, String authorization) {
        try {
            String pool = engine.poolOfDomain(domain).orElseThrow(() -> new OAuthException("invalid_token", 401, "No such domain."));
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Map<String, String> headers = Map.of("WWW-Authenticate", "Bearer", "Cache-Control", "no-store");
                return new Reply(401, "{\"error\":\"invalid_request\"}".getBytes(StandardCharsets.UTF_8), "invalid_request", "application/json;charset=UTF-8", headers);
            }
            return json(200, engine.oauth2UserInfo(pool, authorization.substring(7).trim()), null, null);
        } catch (OAuthException e) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("WWW-Authenticate", "Bearer error=\"" + e.error() + "\", error_description=\"" + e.getMessage() + "\"");
            headers.put("Cache-Control", "no-store");
            try {
                return new Reply(e.httpStatus(), WireJson.MAPPER.writeValueAsBytes(Map.of("error", e.error(), "error_description", e.getMessage())),
                        e.error(), "application/json;charset=UTF-8", headers);
            } catch (JsonProcessingException x) {
                throw new UncheckedIOException(x);
            }
        }
    }

    /** {@code POST /oauth2/revoke} of {@code domain}: an empty 200 once the token is revoked. */
    private Reply revoke(String domain, String contentType, String authorization, byte[] body) {
        try {
            String pool = engine.poolOfDomain(domain).orElseThrow(OAuthException::invalidClient);
            TokenForm r = request(contentType, authorization, body);
            engine.oauth2Revoke(pool, new RevokeRequest(r.clientId(), r.clientSecret(), r.token()));
            return new Reply(200, new byte[0], null, "application/json;charset=UTF-8", Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
        } catch (OAuthException e) {
            return json(e.httpStatus(), Map.of("error", e.error()), e.error(), authorization);
        }
    }

    /** Whether the {@code Host} header names a domain of a pool: such a request is addressed to this server's OAuth endpoints. */
    boolean servesHost(String host) {
        return domainOfHost(host).isPresent();
    }

    private Optional<String> domainOfHost(String host) {
        if (host == null) return Optional.empty();
        String name = host.toLowerCase(Locale.ROOT);
        if (name.indexOf(':') >= 0) name = name.substring(0, name.indexOf(':'));
        if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
        String cognito = ".auth." + region + ".amazoncognito.com";
        String domain = name.endsWith(cognito) ? name.substring(0, name.length() - cognito.length()) : name;
        return Optional.of(domain).filter(d -> !d.isEmpty() && engine.poolOfDomain(d).isPresent());
    }

    /** {@code POST /oauth2/token} of {@code domain}. */
    private Reply token(String domain, String contentType, String authorization, byte[] body) {
        try {
            String pool = engine.poolOfDomain(domain).orElseThrow(OAuthException::invalidClient);
            TokenResponse issued = engine.oauth2Token(pool, request(contentType, authorization, body).toTokenRequest());
            Map<String, Object> answer = new LinkedHashMap<>();
            if (issued.idToken() != null) answer.put("id_token", issued.idToken());
            answer.put("access_token", issued.accessToken());
            if (issued.refreshToken() != null) answer.put("refresh_token", issued.refreshToken());
            answer.put("expires_in", issued.expiresIn());
            answer.put("token_type", issued.tokenType());
            return json(200, answer, null, authorization);
        } catch (OAuthException e) {
            return json(e.httpStatus(), Map.of("error", e.error()), e.error(), authorization);
        }
    }

    /** The form and the client's credentials; {@code token} is RFC 7009's parameter of a revocation. */
    private record TokenForm(String grantType, String clientId, String clientSecret, String scope, String refreshToken, String token,
                             String code, String redirectUri, String codeVerifier) {
        TokenRequest toTokenRequest() {
            return new TokenRequest(grantType, clientId, clientSecret, scope, refreshToken, code, redirectUri, codeVerifier);
        }

        @Override
        public String toString() {
            return "TokenForm[grantType=" + grantType + ", clientId=" + clientId + "]";
        }
    }

    private static TokenForm request(String contentType, String authorization, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw OAuthException.invalidRequest("The body must be " + FORM + ".");
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        if (authorization != null) {
            if (secret != null) throw OAuthException.invalidRequest("Only one client authentication method may be used.");
            String[] basic = basic(authorization);
            if (clientId != null && !clientId.equals(basic[0])) throw OAuthException.invalidRequest("client_id does not match the authenticated client.");
            clientId = basic[0];
            secret = basic[1];
        }
        return new TokenForm(form.get("grant_type"), clientId, secret, form.get("scope"), form.get("refresh_token"), form.get("token"),
                form.get("code"), form.get("redirect_uri"), form.get("code_verifier"));
    }

    /** RFC 6749 section 2.3.1: {@code Basic base64(urlencode(client_id) ":" urlencode(client_secret))}. */
    private static String[] basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) throw OAuthException.invalidClient();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) throw OAuthException.invalidClient();
        return new String[]{decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))};
    }

    /** The form's parameters; a parameter sent twice is refused (RFC 6749 section 3.2). */
    static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isEmpty()) return form;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (form.put(name, value) != null) throw OAuthException.invalidRequest("The parameter " + name + " was sent more than once.");
        }
        form.values().removeIf(String::isEmpty);
        return form;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("The form is not well encoded.");
        }
    }

    private static Reply json(int status, Map<String, ?> body, String error, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        if (status == 401 && authorization != null) headers.put("WWW-Authenticate", "Basic realm=\"cognito\"");
        try {
            return new Reply(status, WireJson.MAPPER.writeValueAsBytes(body), error, "application/json;charset=UTF-8", headers);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
