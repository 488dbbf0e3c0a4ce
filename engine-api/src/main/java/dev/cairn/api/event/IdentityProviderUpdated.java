package dev.cairn.api.event;

/** An identity provider's details, attribute mapping or identifiers changed (UpdateIdentityProvider): the whole provider as it now is. */
@EventType("cairn.federation.IdentityProviderUpdated")
public record IdentityProviderUpdated(String userPoolId, IdentityProviderDefinition provider) implements UserPoolEvent {
}
