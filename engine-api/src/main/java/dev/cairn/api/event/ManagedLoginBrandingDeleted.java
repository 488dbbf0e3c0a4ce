package dev.cairn.api.event;

/** A managed login branding style was deleted (DeleteManagedLoginBranding). */
@EventType("cairn.branding.ManagedLoginBrandingDeleted")
public record ManagedLoginBrandingDeleted(String userPoolId, String managedLoginBrandingId) implements UserPoolEvent {
}
