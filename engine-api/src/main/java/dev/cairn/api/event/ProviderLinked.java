package dev.cairn.api.event;

import java.util.List;

/**
 * An identity of an external provider was linked to a user of the pool (AdminLinkProviderForUser):
 * when that identity signs in through the provider, this user signs in. The link is unique in the
 * pool, held by the key it claims; the user's {@code identities} attribute lists it.
 *
 * @param providerName           the provider, as the pool names it
 * @param providerType           its type (OIDC, SAML, Google, ...)
 * @param providerAttributeName  {@code Cognito_Subject}, or the pool attribute the provider's claim maps to
 * @param providerAttributeValue the subject at the provider, or that attribute's value
 */
@EventType("cairn.federation.ProviderLinked")
public record ProviderLinked(String userPoolId, String sub, String providerName, String providerType, String providerAttributeName,
                             @PersonalData String providerAttributeValue, @PersonalData List<UniqueKey> claimed) implements UserEvent {
}
