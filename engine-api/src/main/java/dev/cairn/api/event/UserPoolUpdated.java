package dev.cairn.api.event;

/**
 * A user pool's settings were replaced by these. Revision 1 held Cognito's {@code UserPoolType} in
 * its wire form; the engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.userpool.UserPoolUpdated", revision = 2)
public record UserPoolUpdated(String userPoolId, PoolDefinition settings) implements UserPoolEvent {
}
