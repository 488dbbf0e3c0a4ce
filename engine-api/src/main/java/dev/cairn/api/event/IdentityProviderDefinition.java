package dev.cairn.api.event;

import java.util.List;
import java.util.Map;

/**
 * An identity provider of a pool as the log keeps it in {@link IdentityProviderCreated} and
 * {@link IdentityProviderUpdated}: Cairn's own record, with Cognito's member names and meanings.
 *
 * @param providerName     the provider's name, unique in its pool ({@code Google} for Google, and so on)
 * @param providerType     {@code OIDC}, {@code SAML}, {@code Google}, {@code Facebook}, {@code LoginWithAmazon}
 *                         or {@code SignInWithApple}
 * @param providerDetails  Cognito's ProviderDetails without its secrets: as given, with the defaults Cognito
 *                         adds for the type; never null
 * @param sealedSecrets    the secret details ({@code client_secret}, {@code private_key}), each sealed under the
 *                         engine's master key: the log never holds them in the clear; never null
 * @param attributeMapping pool attribute to provider claim or attribute; never null
 * @param idpIdentifiers   other names of the provider, unique in its pool; never null
 * @param samlMetadata     a SAML provider's metadata document (given, or fetched from MetadataURL when it was
 *                         created or updated); null for other types
 */
public record IdentityProviderDefinition(String providerName, String providerType, Map<String, String> providerDetails,
                                         Map<String, String> sealedSecrets, Map<String, String> attributeMapping,
                                         List<String> idpIdentifiers, String samlMetadata) {

    public IdentityProviderDefinition {
        providerDetails = providerDetails == null ? Map.of() : Map.copyOf(providerDetails);
        sealedSecrets = sealedSecrets == null ? Map.of() : Map.copyOf(sealedSecrets);
        attributeMapping = attributeMapping == null ? Map.of() : Map.copyOf(attributeMapping);
        idpIdentifiers = idpIdentifiers == null ? List.of() : List.copyOf(idpIdentifiers);
    }
}
