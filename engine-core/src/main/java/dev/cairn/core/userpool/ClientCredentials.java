package dev.cairn.core.userpool;

import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.OAuthException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an authenticated app client may have an access token of its own (the client_credentials
 * grant), and with which scopes: those its settings allow that a resource server of the pool still
 * defines. Decided in the user pool aggregate on the pool as it is; nothing is written.
 */
public final class ClientCredentials {

    private ClientCredentials() {
    }

    /** The scopes granted, or the OAuth refusal. Without a requested scope, every allowed custom scope is granted, as in Cognito. */
    static Decision<List<String>> decide(UserPoolState pool, String clientId, String requestedScope) {
        UserPoolState.AppClient client = pool.clients().get(clientId);
        if (client == null || !client.confidential()) return Decision.refuse(OAuthException.invalidClient());
        var c = client.client();
        if (!Boolean.TRUE.equals(c.allowedOAuthFlowsUserPoolClient()) || c.allowedOAuthFlows() == null
                || !c.allowedOAuthFlows().contains("client_credentials")) {
            return Decision.refuse(OAuthException.unauthorizedClient("The client is not allowed the client_credentials grant."));
        }
        List<String> allowed = (c.allowedOAuthScopes() == null ? List.<String>of() : c.allowedOAuthScopes()).stream()
                .filter(pool.oauth()::definesCustomScope).toList();
        if (requestedScope == null || requestedScope.isBlank()) {
            if (allowed.isEmpty()) return Decision.refuse(OAuthException.invalidScope("The client is allowed no resource server scope."));
            return Decision.accept(allowed);
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(requestedScope.trim().split(" +")));
        for (String scope : requested) {
            if (!allowed.contains(scope)) return Decision.refuse(OAuthException.invalidScope("The scope " + scope + " is not allowed for this client."));
        }
        return Decision.accept(List.copyOf(requested));
    }
}
