package dev.cairn.core.client;

import dev.cairn.core.userpool.ClientSettings;
import dev.cairn.core.crypto.SecretBox;
import dev.cairn.core.engine.Ids;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.model.AddUserPoolClientSecretRequest;
import dev.cairn.api.model.AddUserPoolClientSecretResponse;
import dev.cairn.api.model.ClientSecretDescriptorType;
import dev.cairn.api.model.DeleteUserPoolClientSecretRequest;
import dev.cairn.api.model.DeleteUserPoolClientSecretResponse;
import dev.cairn.api.model.ListUserPoolClientSecretsRequest;
import dev.cairn.api.model.ListUserPoolClientSecretsResponse;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolClientResponse;
import dev.cairn.api.model.DeleteUserPoolClientRequest;
import dev.cairn.api.model.DescribeUserPoolClientRequest;
import dev.cairn.api.model.DescribeUserPoolClientResponse;
import dev.cairn.api.model.ListUserPoolClientsRequest;
import dev.cairn.api.model.ListUserPoolClientsResponse;
import dev.cairn.api.model.UpdateUserPoolClientRequest;
import dev.cairn.api.model.UpdateUserPoolClientResponse;
import dev.cairn.api.model.UserPoolClientDescription;
import dev.cairn.api.model.UserPoolClientType;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.UserPoolState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** App clients: create, describe, update, delete, list. Secrets are sealed before they reach the log. */
public final class ClientService {

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final Ids ids;
    private final SecretBox secrets;
    private final PageTokens pageTokens;
    private final java.time.Clock clock;

    public ClientService(AxonRuntime axon, PoolDirectory pools, Ids ids, SecretBox secrets, PageTokens pageTokens, java.time.Clock clock) {
        this.pageTokens = pageTokens;
        this.clock = clock;
        this.axon = axon;
        this.pools = pools;
        this.ids = ids;
        this.secrets = secrets;
    }

    public Supplier<CreateUserPoolClientResponse> createUserPoolClient(CreateUserPoolClientRequest request) {
        pools.require(request.userPoolId());
        if (request.clientSecret() != null && !Boolean.TRUE.equals(request.generateSecret())) {
            throw new InvalidParameterException("ClientSecret can only be set when GenerateSecret is true.");
        }
        String clientId = ids.clientId();
        String secret = request.clientSecret() != null ? request.clientSecret()
                : Boolean.TRUE.equals(request.generateSecret()) ? ids.clientSecret() : null;
        UserPoolClientType client = ClientSettings.create(request, clientId);
        axon.send(new Commands.CreateUserPoolClient(request.userPoolId(), client, secret == null ? null : secrets.seal(secret)));
        return () -> CreateUserPoolClientResponse.builder().userPoolClient(describe(request.userPoolId(), clientId)).build();
    }

    public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest request) {
        return DescribeUserPoolClientResponse.builder().userPoolClient(describe(request.userPoolId(), request.clientId())).build();
    }

    private UserPoolClientType describe(String poolId, String clientId) {
        UserPoolState.AppClient c = require(pools.require(poolId), clientId);
        // During a rotation the oldest live secret is the client's ClientSecret; ListUserPoolClientSecrets shows both.
        return c.confidential() ? c.client().toBuilder().clientSecret(secrets.open(c.liveSecrets().get(0).sealed())).build() : c.client();
    }

    static UserPoolState.AppClient require(UserPoolState pool, String clientId) {
        UserPoolState.AppClient c = pool.clients().get(clientId);
        if (c == null) throw new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
        return c;
    }

    public Supplier<UpdateUserPoolClientResponse> updateUserPoolClient(UpdateUserPoolClientRequest request) {
        require(pools.require(request.userPoolId()), request.clientId());
        axon.send(new Commands.UpdateUserPoolClient(request.userPoolId(), request));
        return () -> UpdateUserPoolClientResponse.builder().userPoolClient(describe(request.userPoolId(), request.clientId())).build();
    }

    public void deleteUserPoolClient(DeleteUserPoolClientRequest request) {
        require(pools.require(request.userPoolId()), request.clientId());
        axon.send(new Commands.DeleteUserPoolClient(request.userPoolId(), request.clientId()));
    }

    public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request) {
        UserPoolState pool = pools.require(request.userPoolId());
        int max = request.maxResults() == null ? 60 : request.maxResults();
        List<String> ids = new ArrayList<>(pool.clients().keySet());
        int from = 0;
        if (request.nextToken() != null) {
            from = ids.indexOf(pageTokens.decode("clients:" + pool.id(), request.nextToken(), 1).get(0)) + 1;
            if (from == 0) throw new InvalidParameterException("Invalid pagination token.");
        }
        int to = Math.min(ids.size(), from + max);
        return ListUserPoolClientsResponse.builder()
                .userPoolClients(ids.subList(from, to).stream().map(id -> pool.clients().get(id).client())
                        .map(c -> UserPoolClientDescription.builder().clientId(c.clientId()).userPoolId(pool.id()).clientName(c.clientName()).build())
                        .toList())
                .nextToken(to < ids.size() ? pageTokens.encode("clients:" + pool.id(), ids.get(to - 1)) : null)
                .build();
    }

    public Supplier<AddUserPoolClientSecretResponse> addUserPoolClientSecret(AddUserPoolClientSecretRequest r) {
        require(pools.require(r.userPoolId()), r.clientId());
        String secret = r.clientSecret() != null ? r.clientSecret() : ids.clientSecret();
        String id = axon.send(new Commands.AddClientSecret(r.userPoolId(), r.clientId(), secrets.seal(secret), clock.instant()));
        return () -> {
            UserPoolState.ClientSecretRef added = require(pools.require(r.userPoolId()), r.clientId()).liveSecrets().stream()
                    .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
            // Cognito hands back only a secret it generated, never one the caller chose.
            return AddUserPoolClientSecretResponse.builder().clientSecretDescriptor(ClientSecretDescriptorType.builder()
                    .clientSecretId(id).clientSecretCreateDate(added.createdAt())
                    .clientSecretValue(r.clientSecret() == null ? secret : null).build()).build();
        };
    }

    public ListUserPoolClientSecretsResponse listUserPoolClientSecrets(ListUserPoolClientSecretsRequest r) {
        UserPoolState.AppClient c = require(pools.require(r.userPoolId()), r.clientId());
        return ListUserPoolClientSecretsResponse.builder().clientSecrets(c.liveSecrets().stream()
                .map(s -> ClientSecretDescriptorType.builder().clientSecretId(s.id()).clientSecretCreateDate(s.createdAt()).build())
                .toList()).build();
    }

    public Supplier<DeleteUserPoolClientSecretResponse> deleteUserPoolClientSecret(DeleteUserPoolClientSecretRequest r) {
        require(pools.require(r.userPoolId()), r.clientId());
        axon.send(new Commands.DeleteClientSecret(r.userPoolId(), r.clientId(), r.clientSecretId()));
        return () -> DeleteUserPoolClientSecretResponse.builder().build();
    }
}
