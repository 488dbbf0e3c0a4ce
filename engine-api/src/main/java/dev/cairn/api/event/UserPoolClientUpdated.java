package dev.cairn.api.event;

/**
 * An app client's settings were replaced by these (the secret is unchanged). Revision 1 held
 * Cognito's {@code UserPoolClientType} in its wire form; the engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.userpool.UserPoolClientUpdated", revision = 2)
public record UserPoolClientUpdated(String userPoolId, ClientDefinition client) implements UserPoolEvent {
}
