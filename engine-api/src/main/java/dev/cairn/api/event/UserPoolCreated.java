package dev.cairn.api.event;

import dev.cairn.api.model.UserPoolType;

/** A user pool was created with these settings (defaults filled in). */
@EventType("cairn.userpool.UserPoolCreated")
public record UserPoolCreated(String userPoolId, UserPoolType settings) implements UserPoolEvent {
}
