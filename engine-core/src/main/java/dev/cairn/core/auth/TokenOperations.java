package dev.cairn.core.auth;

import dev.cairn.core.crypto.SecretBox;
import java.util.random.RandomGenerator;
import java.time.Clock;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.UnsupportedOperationException;
import dev.cairn.api.error.UnauthorizedException;
import dev.cairn.api.error.UnsupportedTokenTypeException;
import dev.cairn.api.model.AdminUserGlobalSignOutRequest;
import dev.cairn.api.model.AdminUserGlobalSignOutResponse;
import dev.cairn.api.model.GetSigningCertificateRequest;
import dev.cairn.api.model.GetSigningCertificateResponse;
import dev.cairn.api.model.GetUserRequest;
import dev.cairn.api.model.GetUserResponse;
import dev.cairn.api.model.GlobalSignOutRequest;
import dev.cairn.api.model.GlobalSignOutResponse;
import dev.cairn.api.model.RevokeTokenRequest;
import dev.cairn.api.model.RevokeTokenResponse;
import dev.cairn.core.client.AppClients;
import dev.cairn.core.token.RefreshTokens;
import dev.cairn.core.token.SigningCertificate;
import dev.cairn.core.token.SigningKey;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserState;
import dev.cairn.core.user.UserViews;
import dev.cairn.core.userpool.UserPoolState;

import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

/** What a signed-in user does with its tokens, and the pool's signing keys. */
public final class TokenOperations {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final Clock clock;
    private final RandomGenerator random;
    private final SecretBox secrets;
    private final String region;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final PoolKeys keys;
    private final AppClients clients;

    public TokenOperations(AxonRuntime axon, PoolDirectory pools, UserDirectory users, Clock clock, RandomGenerator random, SecretBox secrets, String region, AppClients clients, AccessTokens accessTokens, RefreshTokens refreshTokens, PoolKeys keys) {
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.clock = clock;
        this.random = random;
        this.secrets = secrets;
        this.region = region;
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.keys = keys;
    }

    public GetUserResponse getUser(GetUserRequest r) {
        UserState u = accessTokens.verify(r.accessToken(), clock.instant()).user();
        var view = UserViews.adminGetUser(u);
        return GetUserResponse.builder().username(view.username()).userAttributes(view.userAttributes())
                .mfaOptions(view.mfaOptions()).preferredMfaSetting(view.preferredMfaSetting()).userMFASettingList(view.userMFASettingList()).build();
    }

    public Supplier<GlobalSignOutResponse> globalSignOut(GlobalSignOutRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        axon.send(new Commands.SignOutGlobally(v.user().sub()));
        return () -> GlobalSignOutResponse.builder().build();
    }

    public Supplier<AdminUserGlobalSignOutResponse> adminUserGlobalSignOut(AdminUserGlobalSignOutRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        axon.send(new Commands.SignOutGlobally(user.sub()));
        return () -> AdminUserGlobalSignOutResponse.builder().build();
    }

    /**
     * Revokes a refresh token and the access tokens issued from it. Only the client the token was
     * issued to may revoke it, proving itself with its secret when it has one.
     */
    public Supplier<RevokeTokenResponse> revokeToken(RevokeTokenRequest r) {
        UserPoolState.AppClient client = clients.find(r.clientId()).orElseThrow(() -> new UnauthorizedException("Invalid client id"));
        String poolId = client.client().userPoolId();
        if (client.confidential() && !clients.secretMatches(client, r.clientSecret())) {
            throw new UnauthorizedException("Invalid client secret");
        }
        if (!Boolean.TRUE.equals(client.client().enableTokenRevocation())) {
            throw new UnsupportedOperationException("Token revocation is not enabled for this app client.");
        }
        RefreshTokens.Contents token = refreshTokens.open(r.token())
                .orElseThrow(() -> new UnsupportedTokenTypeException("The token is not a refresh token."));
        if (!token.userPoolId().equals(poolId)) throw new UnauthorizedException("The token was not issued to this client.");
        if (users.bySub(poolId, token.sub()).isPresent()) {
            axon.send(new Commands.RevokeRefreshToken(token.sub(), token.originJti(), token.hash(), r.clientId()));
        }
        return () -> RevokeTokenResponse.builder().build();
    }

    public GetSigningCertificateResponse getSigningCertificate(GetSigningCertificateRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        SigningKey key = keys.active(pool);
        var created = pool.settings().creationDate();
        String certificate = SigningCertificate.selfSigned(key, "cognito-idp." + region + ".amazonaws.com/" + pool.id(),
                created, created.plus(Duration.ofDays(3650)));
        return GetSigningCertificateResponse.builder().certificate(certificate).build();
    }

    /** Adds a new signing key that signs from now on; older keys stay published. */
    public Supplier<String> rotateSigningKey(String poolId) {
        pools.require(poolId);
        SigningKey key = SigningKey.generate(random);
        axon.send(new dev.cairn.core.userpool.Commands.AddSigningKey(poolId, key.kid(),
                secrets.seal(Base64.getEncoder().encodeToString(key.pkcs8()))));
        return key::kid;
    }
}
