package dev.cairn.http;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.error.UserNotConfirmedException;
import dev.cairn.api.model.AssociateSoftwareTokenRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.VerifySoftwareTokenRequest;
import dev.cairn.api.model.ConfirmForgotPasswordRequest;
import dev.cairn.api.model.ConfirmSignUpRequest;
import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.api.model.ForgotPasswordRequest;
import dev.cairn.api.model.SignUpRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.hosted.AuthorizeAnswer;
import dev.cairn.core.hosted.AuthorizeRequest;
import dev.cairn.core.hosted.HostedLogin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.cairn.http.HostedHtml.esc;
import static dev.cairn.http.HostedHtml.field;
import static dev.cairn.http.HostedHtml.hidden;
import static dev.cairn.http.HostedHtml.message;

/**
 * {@code /oauth2/authorize}, {@code /logout} and the hosted pages of a pool domain, server-rendered
 * HTML: {@code /login}, {@code /signup}, {@code /confirm}, {@code /forgotPassword} and
 * {@code /confirmForgotPassword}. Every page carries the authorization request's parameters along,
 * so that once the user signed in the request is answered at its redirect_uri.
 *
 * <p>Every form carries a CSRF token, the double-submit way Cognito's hosted UI does it: a random
 * {@code XSRF-TOKEN} cookie and the same value in the form's {@code _csrf} field; a POST without
 * both, equal, is refused before anything else happens. Cookies are HttpOnly, SameSite=Lax, and
 * Secure over https.
 */
final class HostedRoute {

    static final String LOGIN = "/login";
    static final String SIGNUP = "/signup";
    static final String CONFIRM = "/confirm";
    static final String FORGOT = "/forgotPassword";
    static final String CONFIRM_FORGOT = "/confirmForgotPassword";
    /** Cognito's hosted UI names its session cookie so. */
    static final String SESSION_COOKIE = "cognito";
    static final String CSRF_COOKIE = "XSRF-TOKEN";
    /** The authorization request's parameters, which every page passes on. */
    private static final List<String> AUTHORIZE_PARAMS = List.of("response_type", "client_id", "redirect_uri", "state", "scope", "nonce",
            "code_challenge", "code_challenge_method", "prompt", "identity_provider", "idp_identifier");

    private final CairnEngine engine;
    private final boolean httpsEndpoint;
    private final SecureRandom random = new SecureRandom();

    HostedRoute(CairnEngine engine, boolean httpsEndpoint) {
        this.engine = engine;
        this.httpsEndpoint = httpsEndpoint;
    }

    /** One request to a page: what it reads, and what every answer needs. */
    private record Page(String pool, OAuthRoute.Target target, OAuthRoute.Call call, Map<String, String> query, Map<String, String> form,
                        Map<String, String> cookies, boolean secure, String csrf) {
        String base() {
            return target.base();
        }

        String param(String name) {
            String v = form.get(name);
            return v != null ? v : query.get(name);
        }

        AuthorizeRequest authorizeRequest() {
            return new AuthorizeRequest(param("response_type"), param("client_id"), param("redirect_uri"), param("state"), param("scope"),
                    param("nonce"), param("code_challenge"), param("code_challenge_method"), param("prompt"), param("identity_provider"),
                    param("idp_identifier"));
        }

        /** The authorization request's parameters as a query string, for the links and actions of the next page. */
        String authorizeQuery() {
            Map<String, String> kept = new LinkedHashMap<>();
            for (String name : AUTHORIZE_PARAMS) if (param(name) != null) kept.put(name, param(name));
            return encode(kept);
        }
    }

    Reply handle(OAuthRoute.Target target, OAuthRoute.Call call) {
        String pool = engine.poolOfDomain(target.domain()).orElse(null);
        if (pool == null) return errorPage(404, "invalid_request", "No such domain."); // deleted since the request was routed
        Map<String, String> form;
        Map<String, String> query;
        try {
            query = OAuthRoute.form(call.query() == null ? "" : call.query());
            form = call.method().equals("POST") ? OAuthRoute.form(new String(call.body(), StandardCharsets.UTF_8)) : Map.of();
        } catch (OAuthException e) {
            return errorPage(400, e.error(), e.getMessage());
        }
        Map<String, String> cookies = cookies(call.cookies());
        Page page = new Page(pool, target, call, query, form, cookies, call.secure() || httpsEndpoint, csrfToken(cookies.get(CSRF_COOKIE)));
        // A SAML provider's POST comes from its own page: the signed Response and our sealed RelayState protect it, not a CSRF token.
        if (call.method().equals("POST") && !target.endpoint().equals(OAuthRoute.SAML_RESPONSE) && !csrfMatches(page)) {
            return errorPage(403, "invalid_request", "The form's CSRF token is missing or does not match. Reload the page and try again.");
        }
        return switch (target.endpoint()) {
            case OAuthRoute.AUTHORIZE -> authorize(page);
            case OAuthRoute.LOGOUT -> logout(page);
            case OAuthRoute.IDP_RESPONSE -> idpResponse(page);
            case OAuthRoute.SAML_RESPONSE -> samlResponse(page);
            case LOGIN -> call.method().equals("POST") ? signIn(page) : checked(page, () -> loginForm(page, 200, null));
            case SIGNUP -> call.method().equals("POST") ? signUp(page) : checked(page, () -> signUpForm(page, 200, null));
            case CONFIRM -> call.method().equals("POST") ? confirm(page) : checked(page, () -> confirmForm(page, 200, null));
            case FORGOT -> call.method().equals("POST") ? forgot(page) : checked(page, () -> forgotForm(page, 200, null));
            case CONFIRM_FORGOT -> call.method().equals("POST") ? confirmForgot(page) : checked(page, () -> confirmForgotForm(page, 200, null));
            default -> errorPage(404, "invalid_request", "No such page.");
        };
    }

    // ------------------------------------------------------------------ /oauth2/authorize and /logout

    private Reply authorize(Page page) {
        if (!page.call().method().equals("GET")) return errorPage(405, "invalid_request", "/oauth2/authorize takes GET.");
        if (dev.cairn.core.federation.FederatedSignIn.upstreamRequested(page.authorizeRequest())) {
            return answer(page, engine.as(hostedContext(page)).oauth2AuthorizeUpstream(page.pool(), page.authorizeRequest(), idpResponseUrl(page)),
                    List.of());
        }
        AuthorizeAnswer answer = engine.oauth2Authorize(page.pool(), page.authorizeRequest(), page.cookies().get(SESSION_COOKIE));
        return answer(page, answer, List.of());
    }

    /**
     * {@code GET /oauth2/idpresponse}: the upstream provider's answer (code and state, or error). The
     * user it signed in gets the hosted session cookie, and the client its code at its redirect_uri.
     */
    private Reply idpResponse(Page page) {
        if (!page.call().method().equals("GET")) return errorPage(405, "invalid_request", "/oauth2/idpresponse takes GET.");
        var done = engine.as(federationContext(page)).oauth2IdpResponse(page.pool(), page.query().get("code"), page.query().get("state"), page.query().get("error"),
                page.query().get("error_description"), idpResponseUrl(page));
        List<String> cookies = done.sessionCookie() == null ? List.of()
                : List.of(cookie(page, SESSION_COOKIE, done.sessionCookie(), (int) dev.cairn.core.hosted.HostedSessions.LIFETIME.toSeconds()));
        return answer(page, done.answer(), cookies);
    }

    /** {@code POST /saml2/idpresponse}: a SAML provider's Response (HTTP-POST binding) and our RelayState. */
    private Reply samlResponse(Page page) {
        if (!page.call().method().equals("POST")) return errorPage(405, "invalid_request", "/saml2/idpresponse takes POST.");
        var done = engine.as(federationContext(page)).saml2IdpResponse(page.pool(), page.form().get("SAMLResponse"), page.form().get("RelayState"), idpResponseUrl(page));
        List<String> cookies = done.sessionCookie() == null ? List.of()
                : List.of(cookie(page, SESSION_COOKIE, done.sessionCookie(), (int) dev.cairn.core.hosted.HostedSessions.LIFETIME.toSeconds()));
        return answer(page, done.answer(), cookies);
    }

    /** This domain's {@code /oauth2/idpresponse}, absolute, as the browser reached the domain (its Host was checked by the router). */
    private static String idpResponseUrl(Page page) {
        return (page.secure() ? "https" : "http") + "://" + page.call().host() + page.base() + OAuthRoute.IDP_RESPONSE;
    }

    private Reply answer(Page page, AuthorizeAnswer answer, List<String> cookies) {
        if (answer instanceof AuthorizeAnswer.Redirect r) return redirect(r.location(), cookies);
        if (answer instanceof AuthorizeAnswer.ErrorPage e) return errorPage(400, e.error(), e.description());
        return redirect(page.base() + LOGIN + "?" + page.authorizeQuery(), cookies);
    }

    /**
     * The pages other than authorize show their form only for an authorization request that would be
     * answered (the client, its redirect_uri, flow and scopes checked as authorize checks them);
     * otherwise they answer as authorize would.
     */
    private Reply checked(Page page, java.util.function.Supplier<Reply> form) {
        AuthorizeRequest r = page.authorizeRequest();
        AuthorizeAnswer answer = engine.oauth2Authorize(page.pool(), new AuthorizeRequest(r.responseType(), r.clientId(), r.redirectUri(), r.state(),
                r.scope(), r.nonce(), r.codeChallenge(), r.codeChallengeMethod(), "login", r.identityProvider(), r.idpIdentifier()), null);
        return answer instanceof AuthorizeAnswer.Login ? form.get() : answer(page, answer, List.of());
    }

    /**
     * Signs the browser out of the hosted pages (the session cookie is cleared), then either to the
     * client's {@code logout_uri}, which must be one of its LogoutURLs exactly, or, with
     * {@code redirect_uri} and {@code response_type}, to the login page for a new sign-in.
     */
    private Reply logout(Page page) {
        List<String> cleared = List.of(cookie(page, SESSION_COOKIE, "", 0));
        String logoutUri = page.param("logout_uri");
        if (logoutUri != null) {
            try {
                engine.oauth2CheckLogout(page.pool(), page.param("client_id"), logoutUri);
            } catch (OAuthException e) {
                return errorPage(400, e.error(), e.getMessage());
            }
            return redirect(logoutUri, cleared);
        }
        if (page.param("redirect_uri") == null || page.param("response_type") == null) {
            return errorPage(400, "invalid_request", "/logout needs client_id and logout_uri, or client_id, redirect_uri and response_type.");
        }
        return checked(page, () -> redirect(page.base() + LOGIN + "?" + page.authorizeQuery(), cleared));
    }

    // ------------------------------------------------------------------ /login

    private Reply signIn(Page page) {
        HostedLogin.Result result;
        String clientId = page.param("client_id");
        String username = page.param("username");
        try {
            if ("MFA_SETUP".equals(page.param("challenge"))) {
                result = setUpAuthenticator(page);
            } else if (page.param("challenge") != null) {
                result = engine.hostedRespond(page.pool(), clientId, page.param("challenge"), challengeAnswer(page), page.param("session"),
                        page.call().sourceIp());
            } else {
                if (username == null || page.param("password") == null) return loginForm(page, 400, "Enter your username and password.");
                result = engine.hostedSignIn(page.pool(), clientId, username, page.param("password"), page.call().sourceIp());
            }
        } catch (UserNotConfirmedException e) {
            return redirect(page.base() + CONFIRM + "?" + page.authorizeQuery() + "&" + encode(Map.of("username", username)), List.of());
        } catch (CognitoException e) {
            return page.param("challenge") != null ? challengeForm(page, page.param("challenge"), page.param("session"), Map.of(), 400, e.getMessage())
                    : loginForm(page, 400, e.getMessage());
        }
        if (result.sessionCookie() == null) {
            return challengeForm(page, result.challengeName(), result.session(), result.challengeParameters(), 200, null);
        }
        List<String> cookies = List.of(cookie(page, SESSION_COOKIE, result.sessionCookie(), (int) dev.cairn.core.hosted.HostedSessions.LIFETIME.toSeconds()));
        AuthorizeAnswer answer = engine.oauth2Authorize(page.pool(), page.authorizeRequest().withoutPrompt(), result.sessionCookie());
        return answer(page, answer, cookies);
    }

    /**
     * MFA_SETUP's answer: the code of the authenticator the page showed the secret of verifies it
     * (VerifySoftwareToken with the session), and the sign-in completes at the next step.
     */
    private HostedLogin.Result setUpAuthenticator(Page page) {
        var verified = engine.as(hostedContext(page)).verifySoftwareToken(VerifySoftwareTokenRequest.builder().session(page.param("session"))
                .userCode(page.param("code") == null ? "" : page.param("code")).friendlyDeviceName("Authenticator").build());
        return engine.hostedRespond(page.pool(), page.param("client_id"), "MFA_SETUP", Map.of(), verified.session(), page.call().sourceIp());
    }

    private static Map<String, String> challengeAnswer(Page page) {
        Map<String, String> answer = new LinkedHashMap<>();
        String challenge = page.param("challenge");
        if (challenge.equals("NEW_PASSWORD_REQUIRED")) {
            if (page.param("new_password") != null) answer.put("NEW_PASSWORD", page.param("new_password"));
        } else if (challenge.equals("SELECT_MFA_TYPE")) {
            if (page.param("answer") != null) answer.put("ANSWER", page.param("answer"));
        } else if (page.param("code") != null) {
            answer.put(challenge + "_CODE", page.param("code"));
        }
        return answer;
    }

    private Reply loginForm(Page page, int status, String error) {
        String q = page.authorizeQuery();
        String body = "<h1>Sign in</h1>" + message(error)
                + "<form method=\"post\" action=\"" + esc(page.base() + LOGIN + "?" + q) + "\">" + csrfField(page)
                + field("Username", "username", "text", "username") + field("Password", "password", "password", "current-password")
                + "<button type=\"submit\" name=\"signInSubmitButton\" class=\"btn btn-primary submitButton-customizable\">Sign in</button></form>"
                + "<p><a class=\"redirect-customizable\" href=\"" + esc(page.base() + FORGOT + "?" + q) + "\">Forgot your password?</a></p>"
                + "<p>Need an account? <a class=\"redirect-customizable\" href=\"" + esc(page.base() + SIGNUP + "?" + q) + "\">Sign up</a></p>";
        return html(page, status, "Sign in", body);
    }

    /** The page after the password: a new password, or a code of a second factor. */
    private Reply challengeForm(Page page, String challenge, String session, Map<String, String> parameters, int status, String error) {
        String fields;
        String title;
        switch (challenge) {
            case "NEW_PASSWORD_REQUIRED" -> {
                title = "Change password";
                fields = "<p>Please enter a new password.</p>" + field("New password", "new_password", "password", "new-password");
            }
            case "SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA" -> {
                title = "Verification code";
                String to = parameters == null ? null : parameters.get("CODE_DELIVERY_DESTINATION");
                fields = "<p>" + (challenge.equals("SOFTWARE_TOKEN_MFA") ? "Enter the code from your authenticator app."
                        : "We sent a code to " + esc(String.valueOf(to)) + ".") + "</p>" + field("Code", "code", "text", "one-time-code");
            }
            case "MFA_SETUP" -> {
                // A new authenticator secret for this sign-in (AssociateSoftwareToken with the session); shown as text and as an otpauth URI.
                var associated = engine.as(hostedContext(page)).associateSoftwareToken(AssociateSoftwareTokenRequest.builder().session(session).build());
                session = associated.session();
                title = "Set up an authenticator";
                String user = parameters == null ? null : parameters.get("USER_ID_FOR_SRP");
                fields = "<p class=\"textDescription-customizable\">Add this key to your authenticator app, then enter the code it shows.</p>"
                        + "<p><code id=\"secret\">" + esc(associated.secretCode()) + "</code></p>"
                        + "<p><small>otpauth://totp/" + esc(user == null ? "user" : URLEncoder.encode(user, StandardCharsets.UTF_8))
                        + "?secret=" + esc(associated.secretCode()) + "</small></p>" + field("Code", "code", "text", "one-time-code");
            }
            case "SELECT_MFA_TYPE" -> {
                title = "Choose a second factor";
                fields = "<label class=\"label-customizable\" for=\"answer\">How do you want to verify?</label><select id=\"answer\" name=\"answer\">"
                        + choices(parameters).stream().map(c -> "<option value=\"" + esc(c) + "\">" + esc(factorName(c)) + "</option>")
                        .collect(Collectors.joining()) + "</select>";
            }
            default -> {
                return html(page, 400, "Sign in", message("This sign-in asks " + challenge + ", which the hosted pages do not offer."));
            }
        }
        String body = "<h1>" + title + "</h1>" + message(error)
                + "<form method=\"post\" action=\"" + esc(page.base() + LOGIN + "?" + page.authorizeQuery()) + "\">" + csrfField(page)
                + hidden("challenge", challenge) + hidden("session", session) + fields
                + "<button type=\"submit\" class=\"btn btn-primary submitButton-customizable\">Continue</button></form>";
        return html(page, status, title, body);
    }

    /** The factors SELECT_MFA_TYPE offers (MFAS_CAN_CHOOSE, a JSON array); none when the page is shown again after an error. */
    private static List<String> choices(Map<String, String> parameters) {
        String json = parameters == null ? null : parameters.get("MFAS_CAN_CHOOSE");
        if (json == null) return List.of("SMS_MFA", "SOFTWARE_TOKEN_MFA", "EMAIL_OTP");
        try {
            return List.of(WireJson.MAPPER.readValue(json, String[].class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String factorName(String challenge) {
        return switch (challenge) {
            case "SMS_MFA" -> "Text message (SMS)";
            case "SOFTWARE_TOKEN_MFA" -> "Authenticator app";
            case "EMAIL_OTP" -> "Email";
            default -> challenge;
        };
    }

    // ------------------------------------------------------------------ /signup and /confirm

    private Reply signUp(Page page) {
        String clientId = page.param("client_id");
        boolean emailIsUsername = emailIsUsername(page.pool());
        String email = page.param("email");
        String username = emailIsUsername ? email : page.param("username");
        if (username == null || page.param("password") == null) return signUpForm(page, 400, "Fill in every field.");
        List<AttributeType> attributes = new ArrayList<>();
        if (email != null) attributes.add(AttributeType.builder().name("email").value(email).build());
        for (String name : requiredAttributes(page.pool())) {
            if (page.form().get(name) != null) attributes.add(AttributeType.builder().name(name).value(page.form().get(name)).build());
        }
        try {
            engine.as(hostedContext(page)).signUp(SignUpRequest.builder().clientId(clientId).username(username).password(page.param("password"))
                    .userAttributes(attributes).secretHash(engine.hostedSecretHash(page.pool(), clientId, username)).build());
        } catch (CognitoException e) {
            return signUpForm(page, 400, e.getMessage());
        }
        return redirect(page.base() + CONFIRM + "?" + page.authorizeQuery() + "&" + encode(Map.of("username", username)), List.of());
    }

    private Reply signUpForm(Page page, int status, String error) {
        boolean emailIsUsername = emailIsUsername(page.pool());
        String body = "<h1>Sign up with a new account</h1>" + message(error)
                + "<form method=\"post\" action=\"" + esc(page.base() + SIGNUP + "?" + page.authorizeQuery()) + "\">" + csrfField(page)
                + (emailIsUsername ? "" : field("Username", "username", "text", "username"))
                + field("Email", "email", "email", "email")
                + requiredAttributes(page.pool()).stream().map(n -> field(n, n, "text", "off")).collect(Collectors.joining())
                + field("Password", "password", "password", "new-password")
                + "<button type=\"submit\" class=\"btn btn-primary submitButton-customizable\">Sign up</button></form>"
                + termsLinks(page)
                + "<p>Already have an account? <a class=\"redirect-customizable\" href=\"" + esc(page.base() + LOGIN + "?" + page.authorizeQuery())
                + "\">Sign in</a></p>";
        return html(page, status, "Sign up", body);
    }

    /** The client's terms of use and privacy policy (CreateTerms), once it has both, as Cognito's sign-up page links them. */
    private String termsLinks(Page page) {
        Map<String, String> terms = engine.termsShownOnSignUp(page.pool(), page.param("client_id"));
        if (terms.isEmpty()) return "";
        return "<p class=\"terms-customizable\">By signing up, you agree to the <a href=\"" + esc(terms.get("terms-of-use"))
                + "\" target=\"_blank\" rel=\"noopener\">Terms of use</a> and the <a href=\"" + esc(terms.get("privacy-policy"))
                + "\" target=\"_blank\" rel=\"noopener\">Privacy policy</a>.</p>";
    }

    private Reply confirm(Page page) {
        String clientId = page.param("client_id");
        String username = page.param("username");
        try {
            engine.as(hostedContext(page)).confirmSignUp(ConfirmSignUpRequest.builder().clientId(clientId).username(username)
                    .confirmationCode(page.param("code")).secretHash(engine.hostedSecretHash(page.pool(), clientId, username)).build());
        } catch (CognitoException e) {
            return confirmForm(page, 400, e.getMessage());
        }
        return redirect(page.base() + LOGIN + "?" + page.authorizeQuery(), List.of());
    }

    private Reply confirmForm(Page page, int status, String error) {
        String body = "<h1>Confirm your account</h1>" + message(error)
                + "<p>Enter the code we sent you.</p>"
                + "<form method=\"post\" action=\"" + esc(page.base() + CONFIRM + "?" + page.authorizeQuery()) + "\">" + csrfField(page)
                + hidden("username", page.param("username")) + field("Verification code", "code", "text", "one-time-code")
                + "<button type=\"submit\" class=\"btn btn-primary submitButton-customizable\">Confirm account</button></form>";
        return html(page, status, "Confirm account", body);
    }

    // ------------------------------------------------------------------ /forgotPassword and /confirmForgotPassword

    private Reply forgot(Page page) {
        String clientId = page.param("client_id");
        String username = page.param("username");
        try {
            engine.as(hostedContext(page)).forgotPassword(ForgotPasswordRequest.builder().clientId(clientId).username(username)
                    .secretHash(engine.hostedSecretHash(page.pool(), clientId, username == null ? "" : username)).build());
        } catch (CognitoException e) {
            return forgotForm(page, 400, e.getMessage());
        }
        return redirect(page.base() + CONFIRM_FORGOT + "?" + page.authorizeQuery() + "&" + encode(Map.of("username", username)), List.of());
    }

    private Reply forgotForm(Page page, int status, String error) {
        String body = "<h1>Forgot your password?</h1>" + message(error)
                + "<p>Enter your username and we will send you a code to reset your password.</p>"
                + "<form method=\"post\" action=\"" + esc(page.base() + FORGOT + "?" + page.authorizeQuery()) + "\">" + csrfField(page)
                + field("Username", "username", "text", "username")
                + "<button type=\"submit\" class=\"btn btn-primary submitButton-customizable\">Reset my password</button></form>";
        return html(page, status, "Forgot password", body);
    }

    private Reply confirmForgot(Page page) {
        String clientId = page.param("client_id");
        String username = page.param("username");
        try {
            engine.as(hostedContext(page)).confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(clientId).username(username)
                    .confirmationCode(page.param("code")).password(page.param("password"))
                    .secretHash(engine.hostedSecretHash(page.pool(), clientId, username == null ? "" : username)).build());
        } catch (CognitoException e) {
            return confirmForgotForm(page, 400, e.getMessage());
        }
        return redirect(page.base() + LOGIN + "?" + page.authorizeQuery(), List.of());
    }

    private Reply confirmForgotForm(Page page, int status, String error) {
        String body = "<h1>Reset your password</h1>" + message(error)
                + "<form method=\"post\" action=\"" + esc(page.base() + CONFIRM_FORGOT + "?" + page.authorizeQuery()) + "\">" + csrfField(page)
                + hidden("username", page.param("username")) + field("Code", "code", "text", "one-time-code")
                + field("New password", "password", "password", "new-password")
                + "<button type=\"submit\" class=\"btn btn-primary submitButton-customizable\">Change password</button></form>";
        return html(page, status, "Reset password", body);
    }

    // ------------------------------------------------------------------ shared

    /** The pool's required attributes besides email (sub is the engine's), which sign-up must ask for too. */
    private List<String> requiredAttributes(String pool) {
        var schema = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool().schemaAttributes();
        if (schema == null) return List.of();
        return schema.stream().filter(a -> Boolean.TRUE.equals(a.required())).map(a -> a.name())
                .filter(n -> !n.equals("email") && !n.equals("sub")).toList();
    }

    private boolean emailIsUsername(String pool) {
        var attributes = engine.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(pool).build()).userPool().usernameAttributes();
        return attributes != null && attributes.contains("email");
    }

    /** The hosted pages act as the app client, from the browser's address. */
    /** Who acts when a provider's answer comes back: the user, through the provider, from the browser's address (the client is in the sealed state). */
    private static dev.cairn.api.RequestContext federationContext(Page page) {
        return new dev.cairn.api.RequestContext("USER", "federation", null, page.call().sourceIp(), null);
    }

    private static dev.cairn.api.RequestContext hostedContext(Page page) {
        return new dev.cairn.api.RequestContext("USER", "hosted-ui", page.param("client_id"), page.call().sourceIp(), null);
    }

    private boolean csrfMatches(Page page) {
        String cookie = page.cookies().get(CSRF_COOKIE);
        String field = page.form().get("_csrf");
        return cookie != null && field != null && !cookie.isEmpty()
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }

    /** The browser's CSRF token, or a new one (set as a cookie with the page). */
    private String csrfToken(String existing) {
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) return existing;
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String csrfField(Page page) {
        return hidden("_csrf", page.csrf());
    }

    private Reply html(Page page, int status, String title, String body) {
        List<String> cookies = page.csrf().equals(page.cookies().get(CSRF_COOKIE)) ? List.of() : List.of(cookie(page, CSRF_COOKIE, page.csrf(), -1));
        return htmlReply(status, HostedHtml.page(title, body, engine, page.pool(), page.param("client_id")), cookies);
    }

    private static Reply htmlReply(int status, String html, List<String> cookies) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        headers.put("Referrer-Policy", "no-referrer");
        return new Reply(status, html.getBytes(StandardCharsets.UTF_8), status >= 400 ? "HostedPageError" : null, "text/html;charset=UTF-8",
                headers, cookies);
    }

    private static Reply errorPage(int status, String error, String description) {
        String body = "<h1>An error was encountered with the requested page.</h1><p class=\"errorMessage-customizable\">" + esc(error) + ": "
                + esc(description) + "</p>";
        return htmlReply(status, HostedHtml.page("Error", body, null, null, null), List.of());
    }

    private static Reply redirect(String location, List<String> cookies) {
        return new Reply(302, new byte[0], null, "text/html;charset=UTF-8", Map.of("Location", location, "Cache-Control", "no-store"), cookies);
    }

    private String cookie(Page page, String name, String value, int maxAge) {
        String path = page.base().isEmpty() ? "/" : page.base();
        return name + "=" + value + "; Path=" + path + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + "; HttpOnly; SameSite=Lax"
                + (page.secure() ? "; Secure" : "");
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header == null) return cookies;
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) continue;
            String value = part.substring(eq + 1).trim();
            // RFC 6265 section 4.1.1: a cookie value may come in double quotes.
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
            cookies.putIfAbsent(part.substring(0, eq).trim(), value);
        }
        return cookies;
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
