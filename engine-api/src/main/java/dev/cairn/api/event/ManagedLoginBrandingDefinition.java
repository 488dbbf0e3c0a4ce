package dev.cairn.api.event;

import java.util.List;

/**
 * A managed login branding style as the log keeps it in {@link ManagedLoginBrandingCreated} and
 * {@link ManagedLoginBrandingUpdated}: Cairn's own record, with Cognito's member names and meanings.
 *
 * @param managedLoginBrandingId    the id, a random UUID
 * @param clientId                  the app client the style belongs to (one style per client)
 * @param useCognitoProvidedValues  true when the style is Cognito's defaults, with no settings or assets of its own
 * @param settingsJson              the Settings document as JSON; null for none
 * @param assets                    the image files; never null
 */
public record ManagedLoginBrandingDefinition(String managedLoginBrandingId, String clientId, boolean useCognitoProvidedValues,
                                             String settingsJson, List<Asset> assets) {

    public ManagedLoginBrandingDefinition {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    /**
     * An image file of the style. Its size is bounded by the model (AssetBytesType, 1,000,000 bytes),
     * which the request validator enforces before anything is written.
     *
     * @param bytesBase64 the file, base64; null when the asset names only a ResourceId
     */
    public record Asset(String category, String colorMode, String extension, String bytesBase64, String resourceId) {
    }
}
