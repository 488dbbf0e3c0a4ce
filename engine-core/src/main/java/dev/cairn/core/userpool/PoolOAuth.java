package dev.cairn.core.userpool;

import dev.cairn.api.model.ResourceServerType;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pool's OAuth 2.0 settings that are not an app client's: its resource servers and their custom
 * scopes. Immutable; documents written before the pool had them read as none.
 *
 * @param resourceServers by identifier, sorted
 */
public record PoolOAuth(SortedMap<String, ResourceServerType> resourceServers) {

    public static final PoolOAuth NONE = new PoolOAuth(null);

    public PoolOAuth {
        resourceServers = resourceServers == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(resourceServers));
    }

    PoolOAuth withResourceServer(ResourceServerType server) {
        TreeMap<String, ResourceServerType> servers = new TreeMap<>(resourceServers);
        servers.put(server.identifier(), server);
        return new PoolOAuth(servers);
    }

    PoolOAuth withoutResourceServer(String identifier) {
        TreeMap<String, ResourceServerType> servers = new TreeMap<>(resourceServers);
        servers.remove(identifier);
        return new PoolOAuth(servers);
    }

    /** Whether {@code scope} names a custom scope, {@code identifier/scopeName}, of one of the resource servers. */
    public boolean definesCustomScope(String scope) {
        int slash = scope.lastIndexOf('/');
        if (slash <= 0) return false;
        ResourceServerType server = resourceServers.get(scope.substring(0, slash));
        String name = scope.substring(slash + 1);
        return server != null && server.scopes() != null && server.scopes().stream().anyMatch(s -> s.scopeName().equals(name));
    }
}
