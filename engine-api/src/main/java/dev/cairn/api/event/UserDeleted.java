package dev.cairn.api.event;

import java.util.List;

/** A user was deleted; its username and aliases were released. */
@EventType("cairn.user.UserDeleted")
public record UserDeleted(String userPoolId, String sub, @PersonalData String username, @PersonalData List<UniqueKey> released) implements UserEvent {
}
