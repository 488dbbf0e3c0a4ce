package dev.cairn.core.auth;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.UserPoolClientType;

import java.util.List;
import java.util.Map;

/** Which auth flows an app client allows. */
final class ClientRules {

    /** For each flow, the ExplicitAuthFlows values (new and legacy) that allow it. */
    private static final Map<String, List<String>> ALLOWED_BY = Map.of(
            "USER_SRP_AUTH", List.of("ALLOW_USER_SRP_AUTH"),
            "USER_PASSWORD_AUTH", List.of("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"),
            "ADMIN_USER_PASSWORD_AUTH", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
            "ADMIN_NO_SRP_AUTH", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
            "REFRESH_TOKEN_AUTH", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
            "REFRESH_TOKEN", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
            "CUSTOM_AUTH", List.of("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY"),
            "USER_AUTH", List.of("ALLOW_USER_AUTH"));

    private ClientRules() {
    }

    static void checkFlowAllowed(UserPoolClientType client, AuthFlow authFlow) {
        String flow = authFlow.name();
        List<String> flows = client.explicitAuthFlows();
        boolean legacyClient = flows.stream().noneMatch(f -> f.startsWith("ALLOW_"));
        // Legacy clients (no ALLOW_ values) always allow SRP and refresh, as Cognito's did.
        boolean implied = legacyClient && (flow.equals("USER_SRP_AUTH") || flow.startsWith("REFRESH_TOKEN"));
        if (implied || ALLOWED_BY.getOrDefault(flow, List.of()).stream().anyMatch(flows::contains)) return;
        throw new InvalidParameterException(flow + " flow not enabled for this client");
    }

}
