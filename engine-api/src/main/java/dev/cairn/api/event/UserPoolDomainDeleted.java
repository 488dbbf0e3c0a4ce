package dev.cairn.api.event;

/** A pool's domain was deleted; its name is free for any pool again. */
@EventType("cairn.domain.UserPoolDomainDeleted")
public record UserPoolDomainDeleted(String userPoolId, String domain) implements UserPoolEvent {
}
