package dev.cairn.api.event;

import dev.cairn.api.model.SchemaAttributeType;

import java.util.List;

/** Custom attributes (names with the custom: prefix) were added to a pool's schema. */
@EventType("cairn.userpool.CustomAttributesAdded")
public record CustomAttributesAdded(String userPoolId, List<SchemaAttributeType> attributes) implements UserPoolEvent {
}
