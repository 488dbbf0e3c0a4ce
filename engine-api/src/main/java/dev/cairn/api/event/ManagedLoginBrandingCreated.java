package dev.cairn.api.event;

/** A managed login branding style was created for an app client (CreateManagedLoginBranding). */
@EventType("cairn.branding.ManagedLoginBrandingCreated")
public record ManagedLoginBrandingCreated(String userPoolId, ManagedLoginBrandingDefinition branding) implements UserPoolEvent {
}
