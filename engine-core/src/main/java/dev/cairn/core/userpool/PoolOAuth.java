package dev.cairn.core.userpool;

import dev.cairn.api.model.ResourceServerType;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pool's OAuth 2.0 settings that are not an app client's: its resource servers and their custom
 * scopes, and the domains its hosted pages and endpoints are served under. Immutable; documents
 * written before the pool had them read as none.
 *
 * @param resourceServers by identifier, sorted
 * @param prefixDomain    its domain under {@code auth.{region}.amazoncognito.com}, or null
 * @param customDomain    its own host name, or null
 * @param uiCustomizations the hosted pages' CSS and logo, by app client id or {@code ALL} for the pool
 * @param identityProviders federated identity providers, by provider name
 * @param terms            app clients' terms documents, by terms id
 * @param brandings        app clients' managed login branding styles, by ManagedLoginBrandingId
 */
public record PoolOAuth(SortedMap<String, ResourceServerType> resourceServers, Domain prefixDomain, Domain customDomain,
                        SortedMap<String, dev.cairn.api.model.UICustomizationType> uiCustomizations,
                        SortedMap<String, IdentityProvider> identityProviders, SortedMap<String, dev.cairn.api.model.TermsType> terms,
                        SortedMap<String, Branding> brandings) {

    public static final PoolOAuth NONE = new PoolOAuth(null, null, null, null, null, null, null);

    /**
     * An identity provider of the pool.
     *
     * @param type          what DescribeIdentityProvider answers, without the secret details
     * @param sealedSecrets {@code client_secret} or {@code private_key}, sealed under the master key
     * @param samlMetadata  a SAML provider's metadata document; null for other types
     */
    public record IdentityProvider(dev.cairn.api.model.IdentityProviderType type, java.util.Map<String, String> sealedSecrets,
                                   String samlMetadata) {

        public IdentityProvider {
            sealedSecrets = sealedSecrets == null ? java.util.Map.of() : java.util.Map.copyOf(sealedSecrets);
        }

        public String name() {
            return type.providerName();
        }
    }

    /**
     * A managed login branding style and the app client it belongs to (the wire shape does not name it).
     *
     * @param clientId the app client
     * @param style    what DescribeManagedLoginBranding answers
     */
    public record Branding(String clientId, dev.cairn.api.model.ManagedLoginBrandingType style) {
    }

    /**
     * A domain of the pool.
     *
     * @param name                the prefix or the host name
     * @param certificateArn      a custom domain's certificate; null for a prefix domain
     * @param managedLoginVersion 1 (classic hosted UI) or 2 (managed login)
     */
    public record Domain(String name, String certificateArn, int managedLoginVersion) {

        public boolean custom() {
            return certificateArn != null;
        }
    }

    public PoolOAuth {
        resourceServers = resourceServers == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(resourceServers));
        uiCustomizations = uiCustomizations == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(uiCustomizations));
        identityProviders = identityProviders == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(identityProviders));
        terms = terms == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(terms));
        brandings = brandings == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(brandings));
    }

    /** With {@code next} as the terms documents (by terms id). */
    PoolOAuth withTerms(SortedMap<String, dev.cairn.api.model.TermsType> next) {
        return new PoolOAuth(resourceServers, prefixDomain, customDomain, uiCustomizations, identityProviders, next, brandings);
    }

    /** With {@code next} as the managed login branding styles (by ManagedLoginBrandingId). */
    PoolOAuth withBrandings(SortedMap<String, Branding> next) {
        return new PoolOAuth(resourceServers, prefixDomain, customDomain, uiCustomizations, identityProviders, terms, next);
    }

    PoolOAuth withIdentityProvider(IdentityProvider provider) {
        TreeMap<String, IdentityProvider> providers = new TreeMap<>(identityProviders);
        providers.put(provider.name(), provider);
        return new PoolOAuth(resourceServers, prefixDomain, customDomain, uiCustomizations, providers, terms, brandings);
    }

    PoolOAuth withoutIdentityProvider(String name) {
        TreeMap<String, IdentityProvider> providers = new TreeMap<>(identityProviders);
        providers.remove(name);
        return new PoolOAuth(resourceServers, prefixDomain, customDomain, uiCustomizations, providers, terms, brandings);
    }

    /** The provider of this name or IdP identifier, if the pool has one. */
    public java.util.Optional<IdentityProvider> identityProvider(String nameOrIdentifier) {
        IdentityProvider byName = identityProviders.get(nameOrIdentifier);
        if (byName != null) return java.util.Optional.of(byName);
        return identityProviders.values().stream()
                .filter(p -> p.type().idpIdentifiers() != null && p.type().idpIdentifiers().contains(nameOrIdentifier)).findFirst();
    }

    /** With {@code customization} for its client (or {@code ALL}); a customization of neither CSS nor image is removed. */
    PoolOAuth withUICustomization(dev.cairn.api.model.UICustomizationType customization) {
        TreeMap<String, dev.cairn.api.model.UICustomizationType> all = new TreeMap<>(uiCustomizations);
        if (customization.css() == null && customization.imageUrl() == null) all.remove(customization.clientId());
        else all.put(customization.clientId(), customization);
        return new PoolOAuth(resourceServers, prefixDomain, customDomain, all, identityProviders, terms, brandings);
    }

    PoolOAuth withResourceServer(ResourceServerType server) {
        TreeMap<String, ResourceServerType> servers = new TreeMap<>(resourceServers);
        servers.put(server.identifier(), server);
        return new PoolOAuth(servers, prefixDomain, customDomain, uiCustomizations, identityProviders, terms, brandings);
    }

    PoolOAuth withoutResourceServer(String identifier) {
        TreeMap<String, ResourceServerType> servers = new TreeMap<>(resourceServers);
        servers.remove(identifier);
        return new PoolOAuth(servers, prefixDomain, customDomain, uiCustomizations, identityProviders, terms, brandings);
    }

    /** With {@code domain} in its slot (prefix or custom). */
    PoolOAuth withDomain(Domain domain) {
        return domain.custom() ? new PoolOAuth(resourceServers, prefixDomain, domain, uiCustomizations, identityProviders, terms, brandings)
                : new PoolOAuth(resourceServers, domain, customDomain, uiCustomizations, identityProviders, terms, brandings);
    }

    PoolOAuth withoutDomain(String name) {
        return new PoolOAuth(resourceServers, prefixDomain != null && prefixDomain.name().equals(name) ? null : prefixDomain,
                customDomain != null && customDomain.name().equals(name) ? null : customDomain, uiCustomizations, identityProviders, terms, brandings);
    }

    /** The pool's domain of this name, if it has one. */
    public java.util.Optional<Domain> domain(String name) {
        if (prefixDomain != null && prefixDomain.name().equals(name)) return java.util.Optional.of(prefixDomain);
        if (customDomain != null && customDomain.name().equals(name)) return java.util.Optional.of(customDomain);
        return java.util.Optional.empty();
    }

    /** Whether {@code scope} names a custom scope, {@code identifier/scopeName}, of one of the resource servers. */
    public boolean definesCustomScope(String scope) {
        int slash = scope.lastIndexOf('/');
        if (slash <= 0) return false;
        ResourceServerType server = resourceServers.get(scope.substring(0, slash));
        String name = scope.substring(slash + 1);
        return server != null && server.scopes() != null && server.scopes().stream().anyMatch(s -> s.scopeName().equals(name));
    }
}
