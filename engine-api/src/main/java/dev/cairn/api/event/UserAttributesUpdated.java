package dev.cairn.api.event;

import java.util.List;
import java.util.Map;

/** Attributes were set to these values; aliases were claimed or released accordingly. */
@EventType("cairn.user.UserAttributesUpdated")
public record UserAttributesUpdated(String userPoolId, String sub, @PersonalData Map<String, String> attributes, @PersonalData List<UniqueKey> claimed, @PersonalData List<UniqueKey> released) implements UserEvent {
}
