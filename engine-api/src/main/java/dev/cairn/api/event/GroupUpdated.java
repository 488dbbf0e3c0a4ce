package dev.cairn.api.event;

/**
 * A group's description, precedence or role were replaced by these. Revision 1 held Cognito's
 * {@code GroupType} in its wire form; the engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.group.GroupUpdated", revision = 2)
public record GroupUpdated(String userPoolId, GroupDefinition group) implements UserPoolEvent {
}
