package dev.cairn.api.event;

/**
 * A deleted user's personal data was erased: the key that sealed it in the log was destroyed.
 * The user's earlier events stay, with every {@link PersonalData} value reading {@link PersonalData#ERASED}.
 */
@EventType("cairn.user.PersonalDataErased")
public record PersonalDataErased(String userPoolId, String sub) implements UserEvent {
}
