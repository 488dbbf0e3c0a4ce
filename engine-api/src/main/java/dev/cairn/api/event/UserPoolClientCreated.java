package dev.cairn.api.event;

import dev.cairn.api.model.UserPoolClientType;

/** An app client was created. The client secret, if any, is kept only encrypted, never in the client record. */
@EventType("cairn.userpool.UserPoolClientCreated")
public record UserPoolClientCreated(String userPoolId, UserPoolClientType client, String encryptedClientSecret) implements UserPoolEvent {
}
