package dev.cairn.api.event;

/** An identity provider was removed from a pool (DeleteIdentityProvider). */
@EventType("cairn.federation.IdentityProviderDeleted")
public record IdentityProviderDeleted(String userPoolId, String providerName) implements UserPoolEvent {
}
