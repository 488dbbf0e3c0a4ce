package dev.cairn.core.engine;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.core.crypto.SecretBox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pagination tokens: the position after the last item returned, sealed (AES-GCM under the data
 * key, bound to the list it belongs to), so a caller can neither read a position (it may hold a
 * username or an attribute value) nor forge or alter one, and one list's token is refused by another.
 */
public final class PageTokens {

    private static final String SEPARATOR = "\u0000";

    private final SecretBox secrets;

    public PageTokens(SecretBox secrets) {
        this.secrets = secrets;
    }

    public String encode(String list, String... position) {
        byte[] sealed = secrets.seal(bound(list), String.join(SEPARATOR, position).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The position in the token, or an InvalidParameterException if it is not a token this engine made for {@code list}. */
    public List<String> decode(String list, String token, int parts) {
        try {
            byte[] raw = secrets.open(bound(list), Base64.getUrlDecoder().decode(token));
            if (raw != null) {
                List<String> all = List.of(new String(raw, StandardCharsets.UTF_8).split(SEPARATOR, -1));
                if (all.size() == parts) return all;
            }
        } catch (IllegalArgumentException e) {
            // not base64: falls through to the refusal below
        }
        throw new InvalidParameterException("Invalid pagination token.");
    }

    private static byte[] bound(String list) {
        return ("cairn-page:" + list).getBytes(StandardCharsets.UTF_8);
    }
}
