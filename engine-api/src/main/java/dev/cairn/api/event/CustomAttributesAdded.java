package dev.cairn.api.event;

import java.util.List;

/**
 * Custom attributes (names with the custom: prefix) were added to a pool's schema. Revision 1 held
 * Cognito's {@code SchemaAttributeType} in its wire form; the engine upcasts it to this one on reading.
 */
@EventType(value = "cairn.userpool.CustomAttributesAdded", revision = 2)
public record CustomAttributesAdded(String userPoolId, List<SchemaAttribute> attributes) implements UserPoolEvent {
}
