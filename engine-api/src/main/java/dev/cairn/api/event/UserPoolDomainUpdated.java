package dev.cairn.api.event;

/**
 * A pool's domain changed its certificate (custom domains) or its managed login version; its name
 * stays. Components as in {@link UserPoolDomainCreated}.
 */
@EventType("cairn.domain.UserPoolDomainUpdated")
public record UserPoolDomainUpdated(String userPoolId, String domain, String certificateArn, int managedLoginVersion)
        implements UserPoolEvent {
}
