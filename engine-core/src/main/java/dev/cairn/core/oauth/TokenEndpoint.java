package dev.cairn.core.oauth;

import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.core.auth.TokenIssuer;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pool domain's {@code /oauth2/token}: authenticates the client, asks the pool aggregate what
 * the grant may have, and issues the tokens. Every failure is an {@link OAuthException}.
 */
public final class TokenEndpoint {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final AppClients clients;
    private final TokenIssuer issuer;
    private final Clock clock;

    public TokenEndpoint(AxonRuntime axon, PoolDirectory pools, AppClients clients, TokenIssuer issuer, Clock clock) {
        this.axon = axon;
        this.pools = pools;
        this.clients = clients;
        this.issuer = issuer;
        this.clock = clock;
    }

    public Supplier<TokenResponse> token(String userPoolId, TokenRequest r) {
        if (r.grantType() == null) throw OAuthException.invalidRequest("grant_type is required.");
        return switch (r.grantType()) {
            case "client_credentials" -> clientCredentials(userPoolId, r);
            default -> throw OAuthException.unsupportedGrantType();
        };
    }

    private Supplier<TokenResponse> clientCredentials(String userPoolId, TokenRequest r) {
        UserPoolState.AppClient client = authenticate(userPoolId, r);
        Decision<List<String>> granted = axon.send(new Commands.GrantClientCredentials(userPoolId, client.client().clientId(), r.scope()));
        return granted.afterCommit(scopes -> () -> {
            UserPoolState pool = pools.require(userPoolId);
            AuthenticationResultType issued = issuer.issueForClient(pool, pool.clients().get(client.client().clientId()).client(), scopes, clock.instant());
            return new TokenResponse(issued.accessToken(), null, null, issued.tokenType(), issued.expiresIn());
        });
    }

    /** The client of this pool whose live secret came along; any doubt is invalid_client. */
    private UserPoolState.AppClient authenticate(String userPoolId, TokenRequest r) {
        if (r.clientId() == null) throw OAuthException.invalidClient();
        UserPoolState.AppClient client = pools.find(userPoolId).map(p -> p.clients().get(r.clientId())).orElse(null);
        if (client == null || !clients.secretMatches(client, r.clientSecret())) throw OAuthException.invalidClient();
        return client;
    }
}
