package dev.cairn.core.federation;

/** Everything federation serves, as one part of the engine: identity providers (and, as they come, links and federated sign-in). */
public record Federation(IdentityProviderService identityProviders, ProviderLinks links, FederatedSignIn signIn) {
}
