package dev.cairn.api.event;

/** A resource server and its custom scopes were defined in a pool (CreateResourceServer). */
@EventType("cairn.oauth.ResourceServerCreated")
public record ResourceServerCreated(String userPoolId, ResourceServerDefinition resourceServer) implements UserPoolEvent {
}
