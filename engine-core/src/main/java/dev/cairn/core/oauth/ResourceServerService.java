package dev.cairn.core.oauth;

import dev.cairn.api.model.CreateResourceServerRequest;
import dev.cairn.api.model.CreateResourceServerResponse;
import dev.cairn.api.model.DeleteResourceServerRequest;
import dev.cairn.api.model.DescribeResourceServerRequest;
import dev.cairn.api.model.DescribeResourceServerResponse;
import dev.cairn.api.model.ListResourceServersRequest;
import dev.cairn.api.model.ListResourceServersResponse;
import dev.cairn.api.model.ResourceServerType;
import dev.cairn.api.model.UpdateResourceServerRequest;
import dev.cairn.api.model.UpdateResourceServerResponse;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.userpool.Commands;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.core.userpool.ResourceServers;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;

/** Resource servers and their custom scopes: the pool aggregate decides, this translates. */
public final class ResourceServerService {

    private static final int MAX_PAGE = 50;
    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final PageTokens pageTokens;

    public ResourceServerService(AxonRuntime axon, PoolDirectory pools, PageTokens pageTokens) {
        this.axon = axon;
        this.pools = pools;
        this.pageTokens = pageTokens;
    }

    public Supplier<CreateResourceServerResponse> createResourceServer(CreateResourceServerRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.CreateResourceServer(r.userPoolId(), ResourceServers.definition(r.identifier(), r.name(), r.scopes())));
        return () -> CreateResourceServerResponse.builder().resourceServer(describe(r.userPoolId(), r.identifier())).build();
    }

    public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest r) {
        return DescribeResourceServerResponse.builder().resourceServer(describe(r.userPoolId(), r.identifier())).build();
    }

    public Supplier<UpdateResourceServerResponse> updateResourceServer(UpdateResourceServerRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.UpdateResourceServer(r.userPoolId(), ResourceServers.definition(r.identifier(), r.name(), r.scopes())));
        return () -> UpdateResourceServerResponse.builder().resourceServer(describe(r.userPoolId(), r.identifier())).build();
    }

    public void deleteResourceServer(DeleteResourceServerRequest r) {
        pools.require(r.userPoolId());
        axon.send(new Commands.DeleteResourceServer(r.userPoolId(), r.identifier()));
    }

    public ListResourceServersResponse listResourceServers(ListResourceServersRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        int max = r.maxResults() == null ? MAX_PAGE : r.maxResults();
        SortedMap<String, ResourceServerType> all = pool.oauth().resourceServers();
        SortedMap<String, ResourceServerType> view = all;
        if (r.nextToken() != null) {
            String last = pageTokens.decode("resource-servers:" + pool.id(), r.nextToken(), 1).get(0);
            view = all.tailMap(last + "\u0000");
        }
        List<ResourceServerType> page = view.values().stream().limit(max).toList();
        boolean more = view.size() > max;
        return ListResourceServersResponse.builder().resourceServers(page)
                .nextToken(more ? pageTokens.encode("resource-servers:" + pool.id(), page.get(page.size() - 1).identifier()) : null)
                .build();
    }

    private ResourceServerType describe(String poolId, String identifier) {
        return ResourceServers.require(pools.require(poolId), identifier);
    }
}
