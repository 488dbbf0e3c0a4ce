package dev.cairn.core.userpool;

import dev.cairn.api.error.FeatureUnavailableInTierException;
import dev.cairn.api.error.InvalidOAuthFlowException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ScopeDoesNotExistException;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.TokenValidityUnitsType;
import dev.cairn.api.model.UpdateUserPoolClientRequest;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.json.Json;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Turns CreateUserPoolClient and UpdateUserPoolClient requests into complete app client settings
 * with Cognito's defaults, and checks them. UpdateUserPoolClient, like Cognito's, resets what the
 * request leaves out to its default.
 */
public final class ClientSettings {

    /** Cognito's flows when a request names none. */
    public static final List<String> DEFAULT_AUTH_FLOWS = List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
    /** The scopes every pool has, besides its resource servers' {@code identifier/scopeName}. */
    public static final Set<String> STANDARD_SCOPES = Set.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin");
    private static final Set<String> LEGACY_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH");

    private ClientSettings() {
    }

    public static UserPoolClientType create(CreateUserPoolClientRequest request, String clientId) {
        UserPoolClientType base = Json.MAPPER.convertValue(request, UserPoolClientType.class);
        return complete(base.toBuilder().clientId(clientId).clientSecret(null).build());
    }

    public static UserPoolClientType update(UserPoolClientType current, UpdateUserPoolClientRequest request) {
        UserPoolClientType base = Json.MAPPER.convertValue(request, UserPoolClientType.class);
        return complete(base.toBuilder().userPoolId(current.userPoolId())
                .clientName(request.clientName() != null ? request.clientName() : current.clientName()).build());
    }

    private static UserPoolClientType complete(UserPoolClientType c) {
        UserPoolClientType.Builder b = c.toBuilder();
        if (c.refreshTokenValidity() == null) b.refreshTokenValidity(30);
        TokenValidityUnitsType units = c.tokenValidityUnits() == null ? TokenValidityUnitsType.builder().build() : c.tokenValidityUnits();
        units = units.toBuilder()
                .accessToken(units.accessToken() != null ? units.accessToken() : "hours")
                .idToken(units.idToken() != null ? units.idToken() : "hours")
                .refreshToken(units.refreshToken() != null ? units.refreshToken() : "days").build();
        b.tokenValidityUnits(units);
        if (c.explicitAuthFlows() == null || c.explicitAuthFlows().isEmpty()) {
            // Rotation and REFRESH_TOKEN_AUTH exclude each other, so a rotating client's defaults leave the flow out.
            b.explicitAuthFlows(rotates(c) ? DEFAULT_AUTH_FLOWS.stream().filter(f -> !f.equals("ALLOW_REFRESH_TOKEN_AUTH")).toList()
                    : DEFAULT_AUTH_FLOWS);
        }
        if (c.preventUserExistenceErrors() == null) b.preventUserExistenceErrors("LEGACY");
        if (c.enableTokenRevocation() == null) b.enableTokenRevocation(true);
        if (c.enablePropagateAdditionalUserContextData() == null) b.enablePropagateAdditionalUserContextData(false);
        if (c.authSessionValidity() == null) b.authSessionValidity(3);
        if (c.allowedOAuthFlowsUserPoolClient() == null) b.allowedOAuthFlowsUserPoolClient(false);
        UserPoolClientType client = b.build();
        check(client);
        return client;
    }

    private static void check(UserPoolClientType c) {
        List<String> flows = c.explicitAuthFlows();
        boolean legacy = flows.stream().anyMatch(LEGACY_FLOWS::contains);
        boolean allow = flows.stream().anyMatch(f -> f.startsWith("ALLOW_"));
        if (legacy && allow) {
            throw new InvalidParameterException("Explicit auth flows can't have both legacy and new auth flow values.");
        }
        // "Refresh token rotation is incompatible with the REFRESH_TOKEN_AUTH authentication flow": the
        // developer guide says the flow must be off in a rotating client (the error's wording is ours).
        if (rotates(c) && flows.contains("ALLOW_REFRESH_TOKEN_AUTH")) {
            throw new InvalidParameterException("ALLOW_REFRESH_TOKEN_AUTH can't be in ExplicitAuthFlows when RefreshTokenRotation is ENABLED.");
        }
        TokenValidityUnitsType u = c.tokenValidityUnits();
        Duration refresh = duration(c.refreshTokenValidity(), u.refreshToken());
        checkRange("RefreshTokenValidity", refresh, Duration.ofMinutes(60), Duration.ofDays(3650));
        if (c.accessTokenValidity() != null) {
            Duration access = duration(c.accessTokenValidity(), u.accessToken());
            checkRange("AccessTokenValidity", access, Duration.ofMinutes(5), Duration.ofDays(1));
            if (access.compareTo(refresh) >= 0) throw new InvalidParameterException("AccessTokenValidity must be less than RefreshTokenValidity.");
        }
        if (c.idTokenValidity() != null) {
            Duration id = duration(c.idTokenValidity(), u.idToken());
            checkRange("IdTokenValidity", id, Duration.ofMinutes(5), Duration.ofDays(1));
            if (id.compareTo(refresh) >= 0) throw new InvalidParameterException("IdTokenValidity must be less than RefreshTokenValidity.");
        }
        checkOAuth(c);
    }

    private static void checkOAuth(UserPoolClientType c) {
        List<String> oauthFlows = c.allowedOAuthFlows() == null ? List.of() : c.allowedOAuthFlows();
        List<String> callbacks = c.callbackURLs() == null ? List.of() : c.callbackURLs();
        if (Boolean.TRUE.equals(c.allowedOAuthFlowsUserPoolClient())) {
            if (oauthFlows.isEmpty()) throw new InvalidOAuthFlowException("AllowedOAuthFlows are required when AllowedOAuthFlowsUserPoolClient is true.");
            if (c.allowedOAuthScopes() == null || c.allowedOAuthScopes().isEmpty()) {
                throw new InvalidParameterException("AllowedOAuthScopes are required when AllowedOAuthFlowsUserPoolClient is true.");
            }
        }
        if (oauthFlows.contains("client_credentials") && (oauthFlows.contains("code") || oauthFlows.contains("implicit"))) {
            throw new InvalidOAuthFlowException("client_credentials flow can not be selected along with code flow or implicit flow.");
        }
        if ((oauthFlows.contains("code") || oauthFlows.contains("implicit")) && callbacks.isEmpty()) {
            throw new InvalidParameterException("CallbackURLs can not be empty when AllowedOAuthFlows contains code or implicit.");
        }
        for (String url : callbacks) checkRedirect(url, "callback");
        for (String url : c.logoutURLs() == null ? List.<String>of() : c.logoutURLs()) checkRedirect(url, "logout");
        if (c.defaultRedirectURI() != null && !callbacks.contains(c.defaultRedirectURI())) {
            throw new InvalidParameterException("DefaultRedirectURI must be one of the CallbackURLs.");
        }
    }

    /** Cognito wants HTTPS redirects, except to localhost during development. */
    private static void checkRedirect(String url, String what) {
        if (url.startsWith("http://") && !url.startsWith("http://localhost")) {
            throw new InvalidParameterException("Invalid " + what + " URL: " + url + ". HTTPS is required over HTTP except for http://localhost.");
        }
        if (url.contains("#")) throw new InvalidParameterException("Invalid " + what + " URL: " + url + ". It may not contain a fragment.");
    }

    private static void checkRange(String member, Duration d, Duration min, Duration max) {
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new InvalidParameterException("Invalid range for token validity: " + member + " must be between "
                    + min.toMinutes() + " minutes and " + max.toDays() + " days.");
        }
    }

    /** The validity a client setting means, in its unit. */
    public static Duration duration(int amount, String unit) {
        ChronoUnit u = switch (unit) {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "hours" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
        return Duration.of(amount, u);
    }

    /** A pool in the LITE tier has no client with choice-based sign-in (ALLOW_USER_AUTH needs ESSENTIALS or PLUS). */
    static void checkTier(String tier, java.util.Collection<UserPoolState.AppClient> clients) {
        if (!"LITE".equals(tier)) return;
        for (UserPoolState.AppClient c : clients) {
            if (c.client().explicitAuthFlows() != null && c.client().explicitAuthFlows().contains("ALLOW_USER_AUTH")) {
                // Cognito's wording is not documented; this one says what to change.
                throw new FeatureUnavailableInTierException("ALLOW_USER_AUTH is not available in the LITE tier; use ESSENTIALS or PLUS.");
            }
        }
    }

    /** Whether the client rotates refresh tokens (GetTokensFromRefreshToken answers a new one each time). */
    public static boolean rotates(UserPoolClientType c) {
        return c.refreshTokenRotation() != null && "ENABLED".equals(c.refreshTokenRotation().feature());
    }

    /**
     * Read and write attributes must be in the pool's schema, OAuth scopes must exist in the pool, and
     * choice-based sign-in (ALLOW_USER_AUTH) needs the Essentials tier or higher.
     */
    public static void checkAgainstPool(UserPoolState pool, UserPoolClientType c) {
        checkTier(pool.settings().userPoolTier(), List.of(new UserPoolState.AppClient(c, null)));
        IdentityProviders.checkClient(pool, c);
        for (String scope : c.allowedOAuthScopes() == null ? List.<String>of() : c.allowedOAuthScopes()) {
            if (!STANDARD_SCOPES.contains(scope) && !pool.oauth().definesCustomScope(scope)) {
                throw new ScopeDoesNotExistException("Invalid scope requested: " + scope);
            }
        }
        for (List<String> names : new List[]{c.readAttributes(), c.writeAttributes()}) {
            if (names == null) continue;
            for (String name : names) {
                if (pool.attribute(name).isEmpty()) {
                    throw new InvalidParameterException("Invalid read or write attribute: " + name + " is not in the user pool's schema.");
                }
            }
        }
    }
}
