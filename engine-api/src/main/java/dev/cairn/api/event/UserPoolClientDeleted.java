package dev.cairn.api.event;

/** An app client was deleted. */
@EventType("cairn.userpool.UserPoolClientDeleted")
public record UserPoolClientDeleted(String userPoolId, String clientId) implements UserPoolEvent {
}
