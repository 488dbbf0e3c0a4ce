package dev.cairn.api.event;

/**
 * A group was created in a pool. Revision 1 held Cognito's {@code GroupType} in its wire form; the
 * engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.group.GroupCreated", revision = 2)
public record GroupCreated(String userPoolId, GroupDefinition group) implements UserPoolEvent {
}
