package dev.cairn.api.event;

/** A managed login branding style was changed (UpdateManagedLoginBranding); the event holds the whole style after the change. */
@EventType("cairn.branding.ManagedLoginBrandingUpdated")
public record ManagedLoginBrandingUpdated(String userPoolId, ManagedLoginBrandingDefinition branding) implements UserPoolEvent {
}
