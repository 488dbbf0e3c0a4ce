package dev.cairn.api.event;

/**
 * An app client was created. The client secret, if any, is kept only encrypted, never in the client
 * record. Revision 1 held Cognito's {@code UserPoolClientType} in its wire form; the engine upcasts
 * it to this one on reading.
 */
@EventType(value = "cairn.userpool.UserPoolClientCreated", revision = 2)
public record UserPoolClientCreated(String userPoolId, ClientDefinition client, String encryptedClientSecret) implements UserPoolEvent {
}
