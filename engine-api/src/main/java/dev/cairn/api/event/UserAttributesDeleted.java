package dev.cairn.api.event;

import java.util.List;

/** Attributes were removed from a user. */
@EventType("cairn.user.UserAttributesDeleted")
public record UserAttributesDeleted(String userPoolId, String sub, List<String> attributeNames, @PersonalData List<UniqueKey> released) implements UserEvent {
}
