package dev.cairn.api.event;

/**
 * A user pool was created with these settings (defaults filled in). Revision 1 held Cognito's
 * {@code UserPoolType} in its wire form; the engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.userpool.UserPoolCreated", revision = 2)
public record UserPoolCreated(String userPoolId, PoolDefinition settings) implements UserPoolEvent {
}
