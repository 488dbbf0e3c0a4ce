package dev.cairn.core.oauth;

import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.core.auth.AuthService;
import dev.cairn.api.error.UnauthorizedException;
import dev.cairn.api.error.UnsupportedOperationException;
import dev.cairn.api.error.UnsupportedTokenTypeException;
import dev.cairn.api.model.RevokeTokenRequest;
import dev.cairn.core.auth.TokenIssuer;
import dev.cairn.core.auth.TokenOperations;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.engine.Decision;
import dev.cairn.core.engine.OAuthException;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.UserPoolState;

import dev.cairn.api.event.AuthorizationCodeIssued;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.user.NewTokens;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import dev.cairn.core.trigger.Triggers;
import dev.cairn.core.trigger.Trigger;
import dev.cairn.core.auth.TokenOverrides;
import dev.cairn.core.auth.AuthTriggers;
import dev.cairn.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private final AuthService auth;
    private final TokenOperations tokens;
    private final UserDirectory users;
    private final RefreshTokens refreshTokens;
    private final Ids ids;

    private final Triggers triggers;
    private final AuthTriggers authTriggers;

    public TokenEndpoint(AxonRuntime axon, PoolDirectory pools, AppClients clients, TokenIssuer issuer, Clock clock, AuthService auth,
                         TokenOperations tokens, UserDirectory users, RefreshTokens refreshTokens, Ids ids,
                         Triggers triggers) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.ids = ids;
        this.triggers = triggers;
        this.authTriggers = new AuthTriggers(triggers);
        this.auth = auth;
        this.tokens = tokens;
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
            case "refresh_token" -> refresh(userPoolId, r);
            case "authorization_code" -> authorizationCode(userPoolId, r);
            default -> throw OAuthException.unsupportedGrantType();
        };
    }

    private Supplier<TokenResponse> clientCredentials(String userPoolId, TokenRequest r) {
        UserPoolState.AppClient client = authenticate(userPoolId, r);
        Decision<List<String>> granted = axon.send(new Commands.GrantClientCredentials(userPoolId, client.client().clientId(), r.scope()));
        if (!granted.accepted()) return granted.afterCommit(x -> null);
        Decision<TokenOverrides> overrides = machineTokenTrigger(pools.require(userPoolId), client.client().clientId(), granted.value());
        if (!overrides.accepted()) return overrides.afterCommit(x -> null);
        return granted.afterCommit(scopes -> () -> {
            UserPoolState pool = pools.require(userPoolId);
            AuthenticationResultType issued = issuer.issueForClient(pool, pool.clients().get(client.client().clientId()).client(), scopes, clock.instant(),
                    overrides.value());
            return new TokenResponse(issued.accessToken(), null, null, issued.tokenType(), issued.expiresIn());
        });
    }

    /**
     * An authorization code from {@code /oauth2/authorize} for ID, access and refresh tokens: the
     * code's aggregate decides (single use, life, client, redirect_uri, PKCE), then the user's
     * (still enabled, not signed out everywhere since the sign-in) records the tokens.
     */
    private Supplier<TokenResponse> authorizationCode(String userPoolId, TokenRequest r) {
        UserPoolState.AppClient client = authenticate(userPoolId, r);
        if (r.code() == null) throw OAuthException.invalidRequest("code is required.");
        if (r.redirectUri() == null) throw OAuthException.invalidRequest("redirect_uri is required.");
        Decision<AuthorizationCodeIssued> redeemed;
        try {
            redeemed = axon.send(new AuthorizationCode.RedeemCode(Pkce.s256(r.code()), client.client().clientId(), r.redirectUri(),
                    r.codeVerifier() == null ? null : Pkce.s256(r.codeVerifier()), clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw OAuthException.invalidGrant("The authorization code is not valid.");
        }
        return redeemed.afterCommit(code -> {
            UserPoolState pool = pools.require(userPoolId);
            Instant now = clock.instant();
            Decision<TokenOverrides> overrides = hostedAuthTrigger(pool, code.clientId(), users.bySub(userPoolId, code.sub()).orElse(null),
                    code.scopes());
            if (!overrides.accepted()) return refusedByTrigger(overrides);
            String originJti = ids.uuid();
            String refreshToken = refreshTokens.mint(pool.id(), code.sub(), originJti);
            axon.send(new dev.cairn.core.user.Commands.IssueTokensForAuthorization(code.sub(), code.clientId(), "authorization_code",
                    new NewTokens(originJti, RefreshTokens.hash(refreshToken), now.plus(TokenIssuer.refreshValidity(client.client())), null, null),
                    code.authTime()));
            return () -> {
                UserPoolState current = pools.require(userPoolId);
                UserState user = users.bySub(userPoolId, code.sub()).orElseThrow(() -> OAuthException.invalidGrant("The user no longer exists."));
                AuthenticationResultType t = issuer.issue(current, current.clients().get(code.clientId()).client(), user, originJti, code.authTime(),
                        now, refreshToken, new TokenIssuer.OAuthGrant(code.scopes(), code.nonce()), overrides.value());
                return new TokenResponse(t.accessToken(), t.idToken(), t.refreshToken(), t.tokenType(), t.expiresIn());
            };
        });
    }

    /**
     * PreTokenGeneration for the tokens of a hosted (or federated) sign-in, as Cognito fires it at the
     * token endpoint and for the implicit grant: TokenGeneration_HostedAuth, with the OAuth scopes
     * granted as the V2/V3 event's {@code scopes}. A user gone since the code was issued gets no
     * trigger (the token request fails as it does without one).
     */
    public static Decision<TokenOverrides> hostedAuthTrigger(AuthTriggers triggers, UserPoolState pool, String clientId, UserState user,
                                                             List<String> scopes) {
        if (user == null) return Decision.accept(TokenOverrides.NONE);
        return triggers.preTokenGeneration(pool, clientId, user, "TokenGeneration_HostedAuth", null, scopes);
    }

    private Decision<TokenOverrides> hostedAuthTrigger(UserPoolState pool, String clientId, UserState user, List<String> scopes) {
        return hostedAuthTrigger(authTriggers, pool, clientId, user, scopes);
    }

    /**
     * A trigger's refusal as the token endpoint answers it: invalid_request with Cognito's message
     * ("PreTokenGeneration failed with error ..."), raised after the record of the invocation commits.
     * (Cognito's exact OAuth error for a failing trigger is not documented; invalid_request is our choice.)
     */
    private static <T> Supplier<T> refusedByTrigger(Decision<?> refused) {
        return () -> {
            throw OAuthException.invalidRequest(refused.refusal().getMessage());
        };
    }

    /**
     * PreTokenGeneration for a machine's access token: only a V3_0 trigger runs for client_credentials
     * (TokenGeneration_ClientCredentials), with the scopes granted and no user.
     */
    private Decision<TokenOverrides> machineTokenTrigger(UserPoolState pool, String clientId, List<String> scopes) {
        if (!triggers.configured(pool, Trigger.PreTokenGeneration)
                || !TokenOverrides.eventVersion(pool).equals("3")) {
            return Decision.accept(TokenOverrides.NONE);
        }
        var request = Triggers.request();
        request.putObject("userAttributes");
        request.set("scopes", Json.MAPPER.valueToTree(scopes));
        Decision<ObjectNode> answer = triggers.invoke(new Triggers.Call(pool,
                Trigger.PreTokenGeneration, "3", "TokenGeneration_ClientCredentials", null, null, clientId, request,
                Json.MAPPER.createObjectNode()));
        return answer.accepted() ? Decision.accept(TokenOverrides.of(answer.value())) : Decision.refuse(answer.refusal());
    }

    /**
     * A user's refresh token for new ID and access tokens, as REFRESH_TOKEN_AUTH gives them (a client
     * with refresh token rotation also gets a new refresh token, as GetTokensFromRefreshToken gives it);
     * a token that is not live for this client, or a rotated-out one replayed, is invalid_grant.
     */
    private Supplier<TokenResponse> refresh(String userPoolId, TokenRequest r) {
        UserPoolState.AppClient client = authenticate(userPoolId, r);
        if (r.refreshToken() == null) throw OAuthException.invalidRequest("refresh_token is required.");
        Supplier<AuthService.Outcome> outcome;
        try {
            outcome = auth.refreshForTokenEndpoint(userPoolId, client, r.refreshToken());
        } catch (NotAuthorizedException e) {
            throw OAuthException.invalidGrant("The refresh token is not valid.");
        } catch (InvalidParameterException e) {
            throw OAuthException.unauthorizedClient("The client does not allow refresh tokens.");
        }
        return () -> {
            AuthenticationResultType t;
            try {
                t = outcome.get().tokens();
            } catch (NotAuthorizedException | dev.cairn.api.error.RefreshTokenReuseException e) { // a replay revoked its family, committed
                throw OAuthException.invalidGrant("The refresh token is not valid.");
            }
            return new TokenResponse(t.accessToken(), t.idToken(), t.refreshToken(), t.tokenType(), t.expiresIn());
        };
    }

    /**
     * RFC 7009 revocation of a refresh token (and the access tokens issued from it), by the client it
     * was issued to, as RevokeToken does it.
     */
    public Supplier<Void> revoke(String userPoolId, RevokeRequest r) {
        UserPoolState.AppClient client = authenticate(userPoolId, new TokenRequest(null, r.clientId(), r.clientSecret(), null, null));
        if (r.token() == null) throw OAuthException.invalidRequest("token is required.");
        try {
            tokens.revokeToken(RevokeTokenRequest.builder().clientId(client.client().clientId()).clientSecret(r.clientSecret()).token(r.token()).build());
        } catch (UnsupportedOperationException e) {
            throw OAuthException.invalidRequest("Token revocation is not enabled for this app client.");
        } catch (UnsupportedTokenTypeException e) {
            throw new OAuthException("unsupported_token_type", 400, "Only refresh tokens can be revoked.");
        } catch (UnauthorizedException e) {
            throw OAuthException.unauthorizedClient("The token was not issued to this client.");
        }
        return () -> null;
    }

    /**
     * The client of this pool, authenticated: a confidential client by one of its live secrets, a
     * public client by its id alone (RFC 6749 section 2.1). Any doubt is invalid_client.
     */
    private UserPoolState.AppClient authenticate(String userPoolId, TokenRequest r) {
        if (r.clientId() == null) throw OAuthException.invalidClient();
        UserPoolState.AppClient client = pools.find(userPoolId).map(p -> p.clients().get(r.clientId())).orElse(null);
        if (client == null) throw OAuthException.invalidClient();
        boolean authenticated = client.confidential() ? clients.secretMatches(client, r.clientSecret()) : r.clientSecret() == null;
        if (!authenticated) throw OAuthException.invalidClient();
        return client;
    }
}
