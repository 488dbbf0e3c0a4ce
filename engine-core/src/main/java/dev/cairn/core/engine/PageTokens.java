package dev.cairn.core.engine;

import dev.cairn.api.error.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pagination tokens: the position after the last item returned, opaque to callers. A token names
 * the list it belongs to, so one list's token is refused by another.
 */
public final class PageTokens {

    private static final String SEPARATOR = "\u0000";

    private PageTokens() {
    }

    public static String encode(String list, String... position) {
        String raw = list + SEPARATOR + String.join(SEPARATOR, position);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in the token, or an InvalidParameterException if it is not a token of {@code list}. */
    public static List<String> decode(String list, String token, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> all = List.of(raw.split(SEPARATOR, -1));
            if (all.size() == parts + 1 && all.get(0).equals(list)) return all.subList(1, all.size());
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidParameterException("Invalid pagination token.");
    }
}
