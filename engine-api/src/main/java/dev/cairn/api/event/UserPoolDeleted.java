package dev.cairn.api.event;

/** A user pool and everything in it was deleted. */
@EventType("cairn.userpool.UserPoolDeleted")
public record UserPoolDeleted(String userPoolId) implements UserPoolEvent {
}
