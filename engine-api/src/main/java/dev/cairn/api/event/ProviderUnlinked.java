package dev.cairn.api.event;

import java.util.List;

/** A linked provider identity was removed from a user (AdminDisableProviderForUser); the key it held is free again. */
@EventType("cairn.federation.ProviderUnlinked")
public record ProviderUnlinked(String userPoolId, String sub, String providerName, String providerAttributeName,
                               @PersonalData String providerAttributeValue, @PersonalData List<UniqueKey> released) implements UserEvent {
}
