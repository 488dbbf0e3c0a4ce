package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UICustomizationSet;
import dev.cairn.api.model.UICustomizationType;

import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted pages' look (SetUICustomization, GetUICustomization), which lives in the user pool
 * aggregate: CSS restricted to the classes the classic hosted UI offers for customization, and a PNG
 * or JPEG logo, for the whole pool ({@code ALL}) or one app client, whose own replaces the pool's.
 */
public final class UICustomizations {

    public static final String ALL = "ALL";
    /** The classes Cognito's documentation lists for the classic hosted UI's CSS. */
    static final Set<String> ALLOWED_CLASSES = Set.of(".background-customizable", ".banner-customizable", ".errorMessage-customizable",
            ".idpButton-customizable", ".idpButton-customizable:hover", ".inputField-customizable", ".inputField-customizable:focus",
            ".label-customizable", ".legalText-customizable", ".logo-customizable", ".passwordCheck-notValid-customizable",
            ".passwordCheck-valid-customizable", ".redirect-customizable", ".socialButton-customizable", ".submitButton-customizable",
            ".submitButton-customizable:hover", ".textDescription-customizable");
    /** Cognito's limits: a logo of at most 100 KB; CSS of at most 100 KB (from memory: the documented limits are the file sizes). */
    static final int MAX_IMAGE_BYTES = 100 * 1024;
    static final int MAX_CSS_CHARS = 100 * 1024;
    private static final Pattern RULE = Pattern.compile("\\s*([^{}]+?)\\s*\\{([^{}]*)\\}");
    private static final Pattern FORBIDDEN = Pattern.compile("(?i)url\\s*\\(|@import|expression\\s*\\(|<|\\\\");

    private UICustomizations() {
    }

    static UICustomizationSet set(UserPoolState pool, Commands.SetUICustomization c) {
        String clientId = c.clientId() == null ? ALL : c.clientId();
        if (!clientId.equals(ALL) && !pool.clients().containsKey(clientId)) {
            throw new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
        }
        // From memory: Cognito asks for a domain first, since the hosted pages are served on it.
        if (pool.oauth().prefixDomain() == null && pool.oauth().customDomain() == null) {
            throw new InvalidParameterException("There has to be an existing domain associated with this user pool");
        }
        if (c.css() != null) checkCss(c.css());
        String imageType = c.imageFile() == null ? null : imageType(c.imageFile());
        return new UICustomizationSet(pool.id(), clientId, c.css(), imageType,
                c.imageFile() == null ? null : Base64.getEncoder().encodeToString(c.imageFile()));
    }

    /**
     * What GetUICustomization answers: the client's own customization, else the pool's, else an empty one
     * naming the pool and the client asked for.
     */
    public static UICustomizationType effective(UserPoolState pool, String clientId) {
        if (clientId != null && !clientId.equals(ALL) && !pool.clients().containsKey(clientId)) {
            throw new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
        }
        var all = pool.oauth().uiCustomizations();
        UICustomizationType own = clientId == null ? null : all.get(clientId);
        if (own != null) return own;
        UICustomizationType pooled = all.get(ALL);
        if (pooled != null) return pooled;
        return UICustomizationType.builder().userPoolId(pool.id()).clientId(clientId == null ? ALL : clientId).build();
    }

    /** Every rule's selectors must be allowed classes, and no declaration may fetch or escape (url(), @import, expression(), markup). */
    static void checkCss(String css) {
        if (css.length() > MAX_CSS_CHARS) throw new InvalidParameterException("CSS must be at most " + MAX_CSS_CHARS + " characters.");
        String stripped = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        if (FORBIDDEN.matcher(stripped).find()) {
            throw new InvalidParameterException("CSS may not contain url(), @import, expression(), '<' or escapes.");
        }
        Matcher m = RULE.matcher(stripped);
        int end = 0;
        while (m.find()) {
            if (!stripped.substring(end, m.start()).isBlank()) throw new InvalidParameterException("CSS could not be parsed.");
            for (String selector : m.group(1).split(",")) {
                if (!ALLOWED_CLASSES.contains(selector.trim())) {
                    // Worded from memory of Cognito's refusal.
                    throw new InvalidParameterException("CSS class " + selector.trim() + " is not allowed for customization.");
                }
            }
            end = m.end();
        }
        if (!stripped.substring(end).isBlank()) throw new InvalidParameterException("CSS could not be parsed.");
    }

    private static String imageType(byte[] image) {
        if (image.length > MAX_IMAGE_BYTES) throw new InvalidParameterException("The image file must be at most 100 KB.");
        if (image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') return "png";
        if (image.length > 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8 && (image[2] & 0xff) == 0xFF) return "jpeg";
        throw new InvalidParameterException("The image file must be a PNG or JPEG image.");
    }

    /**
     * The state after a customization was set. The logo's ImageUrl is a {@code data:} URL of the file:
     * the local engine serves no image host, and the hosted pages show it inline.
     */
    static UserPoolState apply(UserPoolState s, UICustomizationSet e, Instant at) {
        UICustomizationType previous = s.oauth().uiCustomizations().get(e.clientId());
        UICustomizationType customization = UICustomizationType.builder().userPoolId(e.userPoolId()).clientId(e.clientId()).css(e.css())
                .cssVersion(e.css() == null ? null : String.valueOf(at.toEpochMilli()))
                .imageUrl(e.imageBase64() == null ? null : "data:image/" + e.imageType() + ";base64," + e.imageBase64())
                .creationDate(previous != null ? previous.creationDate() : at).lastModifiedDate(at).build();
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth().withUICustomization(customization), s.security(), s.imports());
    }
}
