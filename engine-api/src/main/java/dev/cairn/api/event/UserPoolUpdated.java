package dev.cairn.api.event;

import dev.cairn.api.model.UserPoolType;

/** A user pool's settings were replaced by these. */
@EventType("cairn.userpool.UserPoolUpdated")
public record UserPoolUpdated(String userPoolId, UserPoolType settings) implements UserPoolEvent {
}
