package dev.cairn.api.event;

/**
 * A resource server was deleted. App clients that allowed its scopes keep them in their settings,
 * as in Cognito; tokens can no longer be granted for them.
 */
@EventType("cairn.oauth.ResourceServerDeleted")
public record ResourceServerDeleted(String userPoolId, String identifier) implements UserPoolEvent {
}
