package dev.cairn.api.event;

/** An unconfirmed user was confirmed (status CONFIRMED). */
@EventType("cairn.user.UserSignUpConfirmed")
public record UserSignUpConfirmed(String userPoolId, String sub) implements UserEvent {
}
