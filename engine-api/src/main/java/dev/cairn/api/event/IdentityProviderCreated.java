package dev.cairn.api.event;

/** An identity provider was added to a pool (CreateIdentityProvider); its secrets only sealed. */
@EventType("cairn.federation.IdentityProviderCreated")
public record IdentityProviderCreated(String userPoolId, IdentityProviderDefinition provider) implements UserPoolEvent {
}
