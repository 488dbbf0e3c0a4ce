package dev.cairn.core.federation;

/** What identity providers and the hosted pages' extras serve, as one part of the engine: providers, links, federated sign-in, terms documents. */
public record Federation(IdentityProviderService identityProviders, ProviderLinks links, FederatedSignIn signIn,
                         dev.cairn.core.terms.TermsService terms) {
}
