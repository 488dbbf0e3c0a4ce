package dev.cairn.api.event;

/**
 * One secret of an app client was deleted (DeleteUserPoolClientSecret): the one it was created with
 * or one that {@link ClientSecretAdded} added. A client never loses its last secret.
 */
@EventType("cairn.userpool.ClientSecretDeleted")
public record ClientSecretDeleted(String userPoolId, String clientId, String clientSecretId) implements UserPoolEvent {
}
