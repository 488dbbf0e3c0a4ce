package dev.cairn.api.event;

/** A resource server's name and scopes were replaced (UpdateResourceServer); the identifier stays. */
@EventType("cairn.oauth.ResourceServerUpdated")
public record ResourceServerUpdated(String userPoolId, ResourceServerDefinition resourceServer) implements UserPoolEvent {
}
