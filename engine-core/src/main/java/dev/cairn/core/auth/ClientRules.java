package dev.cairn.core.auth;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.userpool.UserPoolState;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What an app client allows: its explicit auth flows, and its secret (SECRET_HASH). */
final class ClientRules {

    /** For each flow, the ExplicitAuthFlows values (new and legacy) that allow it. */
    private static final Map<String, List<String>> ALLOWED_BY = Map.of(
            "USER_SRP_AUTH", List.of("ALLOW_USER_SRP_AUTH"),
            "USER_PASSWORD_AUTH", List.of("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"),
            "ADMIN_USER_PASSWORD_AUTH", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
            "ADMIN_NO_SRP_AUTH", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
            "REFRESH_TOKEN_AUTH", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
            "REFRESH_TOKEN", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
            "CUSTOM_AUTH", List.of("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY"));

    private ClientRules() {
    }

    static void checkFlowAllowed(UserPoolClientType client, String flow) {
        List<String> flows = client.explicitAuthFlows();
        boolean legacyClient = flows.stream().noneMatch(f -> f.startsWith("ALLOW_"));
        // Legacy clients (no ALLOW_ values) always allow SRP and refresh, as Cognito's did.
        boolean implied = legacyClient && (flow.equals("USER_SRP_AUTH") || flow.startsWith("REFRESH_TOKEN"));
        if (implied || ALLOWED_BY.getOrDefault(flow, List.of()).stream().anyMatch(flows::contains)) return;
        throw new InvalidParameterException(flow + " flow not enabled for this client");
    }

    /** With a secret, SECRET_HASH = base64(HMAC-SHA256(secret, username + clientId)) must come along. */
    static void checkSecretHash(UserPoolState.AppClient client, SecretBox secrets, String secretHash, List<String> usernames) {
        if (client.encryptedSecret() == null) return;
        String clientId = client.client().clientId();
        if (secretHash == null) {
            throw new NotAuthorizedException("Client " + clientId + " is configured with secret but SECRET_HASH was not received");
        }
        String secret = secrets.open(client.encryptedSecret());
        for (String username : usernames) {
            if (username != null && MessageDigest.isEqual(hash(secret, username, clientId).getBytes(StandardCharsets.UTF_8),
                    secretHash.getBytes(StandardCharsets.UTF_8))) {
                return;
            }
        }
        throw new NotAuthorizedException("Unable to verify secret hash for client " + clientId);
    }

    static String hash(String secret, String username, String clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
