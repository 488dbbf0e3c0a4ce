package dev.cairn.api.event;

/**
 * The hosted pages' look was set (SetUICustomization), for the whole pool or for one app client.
 * Setting neither CSS nor an image removes that customization.
 *
 * @param clientId    the app client, or {@code ALL} for every client without one of its own
 * @param css         the CSS, checked against the classes the hosted pages offer; null for none
 * @param imageType   {@code png} or {@code jpeg}; null without a logo
 * @param imageBase64 the logo file, base64; null for none
 */
@EventType("cairn.branding.UICustomizationSet")
public record UICustomizationSet(String userPoolId, String clientId, String css, String imageType, String imageBase64) implements UserPoolEvent {
}
