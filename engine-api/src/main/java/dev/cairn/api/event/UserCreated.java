package dev.cairn.api.event;

import java.util.List;
import java.util.Map;

/** A user was created, by an administrator (AdminCreateUser) or by signing up. Attributes include sub; the password is kept only as an SRP verifier. */
@EventType("cairn.user.UserCreated")
public record UserCreated(String userPoolId, String sub, @PersonalData String username, @PersonalData Map<String, String> attributes, String userStatus, PasswordVerifier password, @PersonalData List<UniqueKey> claimed) implements UserEvent {
}
