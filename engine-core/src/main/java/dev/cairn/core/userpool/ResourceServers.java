package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.LimitExceededException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.ResourceServerCreated;
import dev.cairn.api.event.ResourceServerDefinition;
import dev.cairn.api.event.ResourceServerDeleted;
import dev.cairn.api.event.ResourceServerUpdated;
import dev.cairn.api.model.ResourceServerScopeType;
import dev.cairn.api.model.ResourceServerType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resource servers of a pool, which live in the user pool aggregate: what CreateResourceServer,
 * UpdateResourceServer and DeleteResourceServer may do given the pool as it is, and how their events
 * change it. Shapes and lengths were checked against the service model before.
 */
public final class ResourceServers {

    /** Cognito's quota of resource servers per user pool. */
    static final int MAX_PER_POOL = 25;

    private ResourceServers() {
    }

    public static ResourceServerType require(UserPoolState pool, String identifier) {
        ResourceServerType server = pool.oauth().resourceServers().get(identifier);
        if (server == null) throw new ResourceNotFoundException("Resource server " + identifier + " does not exist in the user pool.");
        return server;
    }

    static ResourceServerCreated create(UserPoolState pool, ResourceServerDefinition server) {
        if (pool.oauth().resourceServers().containsKey(server.identifier())) {
            throw new InvalidParameterException(server.identifier() + " already exists in this user pool.");
        }
        if (pool.oauth().resourceServers().size() >= MAX_PER_POOL) {
            throw new LimitExceededException("The user pool has reached its limit of " + MAX_PER_POOL + " resource servers.");
        }
        checkScopes(server);
        return new ResourceServerCreated(pool.id(), server);
    }

    static ResourceServerUpdated update(UserPoolState pool, ResourceServerDefinition server) {
        require(pool, server.identifier());
        checkScopes(server);
        return new ResourceServerUpdated(pool.id(), server);
    }

    static ResourceServerDeleted delete(UserPoolState pool, String identifier) {
        require(pool, identifier);
        return new ResourceServerDeleted(pool.id(), identifier);
    }

    private static void checkScopes(ResourceServerDefinition server) {
        Set<String> seen = new HashSet<>();
        for (ResourceServerDefinition.Scope scope : server.scopes()) {
            if (!seen.add(scope.scopeName())) {
                throw new InvalidParameterException("Duplicate scope name " + scope.scopeName() + " in resource server " + server.identifier() + ".");
            }
        }
    }

    /** The log's record of a resource server the request describes. */
    public static ResourceServerDefinition definition(String identifier, String name, List<ResourceServerScopeType> scopes) {
        return new ResourceServerDefinition(identifier, name, scopes == null ? List.of()
                : scopes.stream().map(s -> new ResourceServerDefinition.Scope(s.scopeName(), s.scopeDescription())).toList());
    }

    static ResourceServerType toWire(String poolId, ResourceServerDefinition d) {
        return ResourceServerType.builder().userPoolId(poolId).identifier(d.identifier()).name(d.name())
                .scopes(d.scopes().stream().map(s -> ResourceServerScopeType.builder().scopeName(s.scopeName())
                        .scopeDescription(s.description()).build()).toList())
                .build();
    }

    /** The state after a resource server event; any other event leaves it as it is. */
    static UserPoolState apply(UserPoolState s, Object event) {
        PoolOAuth oauth = s.oauth();
        if (event instanceof ResourceServerCreated e) oauth = oauth.withResourceServer(toWire(s.id(), e.resourceServer()));
        else if (event instanceof ResourceServerUpdated e) oauth = oauth.withResourceServer(toWire(s.id(), e.resourceServer()));
        else if (event instanceof ResourceServerDeleted e) oauth = oauth.withoutResourceServer(e.identifier());
        else return s;
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), oauth, s.security(), s.imports());
    }
}
