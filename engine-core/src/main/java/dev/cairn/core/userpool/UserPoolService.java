package dev.cairn.core.userpool;

import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.Ids;
import java.util.random.RandomGenerator;
import dev.cairn.core.storage.Storage;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.model.AddCustomAttributesRequest;
import dev.cairn.api.model.AddCustomAttributesResponse;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.CreateUserPoolResponse;
import dev.cairn.api.model.DeleteUserPoolRequest;
import dev.cairn.api.model.GetUserPoolMfaConfigRequest;
import dev.cairn.api.model.GetUserPoolMfaConfigResponse;
import dev.cairn.api.model.SetUserPoolMfaConfigRequest;
import dev.cairn.api.model.SetUserPoolMfaConfigResponse;
import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.api.model.DescribeUserPoolResponse;
import dev.cairn.api.model.ListUserPoolsRequest;
import dev.cairn.api.model.ListUserPoolsResponse;
import dev.cairn.api.model.UpdateUserPoolRequest;
import dev.cairn.api.model.UpdateUserPoolResponse;
import dev.cairn.api.model.UserPoolDescriptionType;
import dev.cairn.api.model.UserPoolType;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.token.SigningKey;

import java.util.Base64;

import java.util.List;
import java.util.function.Supplier;

/** CreateUserPool, DescribeUserPool, UpdateUserPool, DeleteUserPool, ListUserPools, AddCustomAttributes, Set/GetUserPoolMfaConfig. */
public final class UserPoolService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final Storage storage;
    private final RandomGenerator random;
    private final Ids ids;
    private final SecretBox secrets;
    private final String region;
    private final String accountId;
    private final PageTokens pageTokens;

    public UserPoolService(AxonRuntime axon, PoolDirectory pools, Storage storage, RandomGenerator random, Ids ids, SecretBox secrets, String region, String accountId, PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.axon = axon;
        this.pools = pools;
        this.storage = storage;
        this.random = random;
        this.ids = ids;
        this.secrets = secrets;
        this.region = region;
        this.accountId = accountId;
    }

    /**
     * Pool ids carry 9 random letters and digits (62^9 values); were one ever taken, the log's
     * unique (aggregate, sequence) key would refuse the second pool's first event at commit, and
     * the request would fail without writing anything.
     */
    public Supplier<CreateUserPoolResponse> createUserPool(CreateUserPoolRequest request) {
        String id = ids.userPoolId(region);
        String arn = "arn:aws:cognito-idp:" + region + ":" + accountId + ":userpool/" + id;
        axon.send(new Commands.CreateUserPool(id, arn, request));
        // The pool decides first: a refused definition costs no signing key.
        SigningKey key = SigningKey.generate(random);
        axon.send(new Commands.AddSigningKey(id, key.kid(), secrets.seal(Base64.getEncoder().encodeToString(key.pkcs8()))));
        return () -> CreateUserPoolResponse.builder().userPool(describe(pools.require(id))).build();
    }

    public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest request) {
        return DescribeUserPoolResponse.builder().userPool(describe(pools.require(request.userPoolId()))).build();
    }

    private UserPoolType describe(UserPoolState pool) {
        PoolOAuth oauth = pool.oauth();
        return pool.settings().toBuilder()
                .domain(oauth.prefixDomain() == null ? null : oauth.prefixDomain().name())
                .customDomain(oauth.customDomain() == null ? null : oauth.customDomain().name())
                .estimatedNumberOfUsers((int) Math.min(Integer.MAX_VALUE, storage.users().count(pool.id()))).build();
    }

    public Supplier<UpdateUserPoolResponse> updateUserPool(UpdateUserPoolRequest request) {
        pools.require(request.userPoolId());
        axon.send(new Commands.UpdateUserPool(request.userPoolId(), request));
        return () -> UpdateUserPoolResponse.builder().build();
    }

    public void deleteUserPool(DeleteUserPoolRequest request) {
        pools.require(request.userPoolId());
        axon.send(new Commands.DeleteUserPool(request.userPoolId()));
    }

    public ListUserPoolsResponse listUserPools(ListUserPoolsRequest request) {
        String after = request.nextToken() == null ? null : pageTokens.decode("pools", request.nextToken(), 1).get(0);
        List<UserPoolState> page = pools.list(after, request.maxResults() + 1);
        boolean more = page.size() > request.maxResults();
        List<UserPoolState> shown = more ? page.subList(0, request.maxResults()) : page;
        return ListUserPoolsResponse.builder()
                .userPools(shown.stream().map(p -> UserPoolDescriptionType.builder().id(p.id()).name(p.settings().name())
                        .lambdaConfig(p.settings().lambdaConfig()).creationDate(p.settings().creationDate())
                        .lastModifiedDate(p.settings().lastModifiedDate()).build()).toList())
                .nextToken(more ? pageTokens.encode("pools", shown.get(shown.size() - 1).id()) : null)
                .build();
    }

    public Supplier<SetUserPoolMfaConfigResponse> setUserPoolMfaConfig(SetUserPoolMfaConfigRequest request) {
        pools.require(request.userPoolId());
        axon.send(new Commands.SetMfaConfig(request.userPoolId(), request));
        return () -> {
            var v = MfaSettings.view(pools.require(request.userPoolId()));
            return SetUserPoolMfaConfigResponse.builder().mfaConfiguration(v.mfaConfiguration()).smsMfaConfiguration(v.smsMfaConfiguration())
                    .softwareTokenMfaConfiguration(v.softwareTokenMfaConfiguration()).emailMfaConfiguration(v.emailMfaConfiguration())
                    .webAuthnConfiguration(v.webAuthnConfiguration()).build();
        };
    }

    public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest request) {
        return MfaSettings.view(pools.require(request.userPoolId()));
    }

    public Supplier<AddCustomAttributesResponse> addCustomAttributes(AddCustomAttributesRequest request) {
        pools.require(request.userPoolId());
        axon.send(new Commands.AddCustomAttributes(request.userPoolId(), request.customAttributes()));
        return () -> AddCustomAttributesResponse.builder().build();
    }
}
