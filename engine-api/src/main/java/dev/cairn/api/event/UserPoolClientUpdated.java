package dev.cairn.api.event;

import dev.cairn.api.model.UserPoolClientType;

/** An app client's settings were replaced by these (the secret is unchanged). */
@EventType("cairn.userpool.UserPoolClientUpdated")
public record UserPoolClientUpdated(String userPoolId, UserPoolClientType client) implements UserPoolEvent {
}
