package dev.cairn.api.event;

import java.util.List;

/**
 * A resource server as the log keeps it in {@link ResourceServerCreated} and
 * {@link ResourceServerUpdated}: Cairn's own record, with Cognito's member names and meanings.
 *
 * @param identifier the identifier, unique in its pool; clients name its scopes {@code identifier/scopeName}
 * @param name       a friendly name
 * @param scopes     its custom scopes, in the order they were given; never null
 */
public record ResourceServerDefinition(String identifier, String name, List<Scope> scopes) {

    public ResourceServerDefinition {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /**
     * One custom scope of a resource server.
     *
     * @param scopeName   the scope's name within its resource server
     * @param description what the scope grants
     */
    public record Scope(String scopeName, String description) {
    }
}
