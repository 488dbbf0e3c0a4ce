package dev.cairn.core.user;

import dev.cairn.api.event.UniqueKey;
import dev.cairn.core.userpool.UserPoolState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which unique keys a user holds in its pool, given the pool's sign-in settings:
 * <ul>
 *   <li>{@code username}: always;</li>
 *   <li>{@code username:email} / {@code username:phone_number}: when the pool signs in with email or
 *       phone as username (UsernameAttributes), whether verified or not;</li>
 *   <li>{@code alias:email} / {@code alias:phone_number}: when they are aliases (AliasAttributes) and
 *       verified; {@code alias:preferred_username} whenever set.</li>
 * </ul>
 * Usernames, emails and preferred usernames are lower-cased in case-insensitive pools.
 */
public final class UserClaims {

    public static final String USERNAME = "username";

    /** Kinds tried, in order, to resolve what a caller passes as "Username". */
    public static final List<String> SIGN_IN_KINDS = List.of(USERNAME, "username:email", "username:phone_number",
            "alias:email", "alias:phone_number", "alias:preferred_username");

    private UserClaims() {
    }

    public static Set<UniqueKey> of(UserPoolState pool, String username, Map<String, String> attributes) {
        Set<UniqueKey> keys = new LinkedHashSet<>();
        keys.add(new UniqueKey(USERNAME, normalize(pool, USERNAME, username)));
        for (String a : pool.usernameAttributes()) {
            String v = attributes.get(a);
            if (v != null) keys.add(new UniqueKey("username:" + a, normalize(pool, a, v)));
        }
        for (String a : pool.aliasAttributes()) {
            String v = attributes.get(a);
            boolean counts = a.equals("preferred_username") || "true".equals(attributes.get(a + "_verified"));
            if (v != null && counts) keys.add(new UniqueKey("alias:" + a, normalize(pool, a, v)));
        }
        // Linked and federated identities: each provider identity signs in as one user only.
        keys.addAll(Identities.keys(attributes));
        return keys;
    }

    /** The key a value of {@code attribute} ("username" for the username) is stored under. */
    public static String normalize(UserPoolState pool, String attribute, String value) {
        boolean folds = !pool.caseSensitive() && !attribute.equals("phone_number");
        return folds ? value.toLowerCase(Locale.ROOT) : value;
    }

    /** The attribute a kind is about ("username" for the username itself). */
    public static String attributeOf(String kind) {
        int colon = kind.indexOf(':');
        return colon < 0 ? kind : kind.substring(colon + 1);
    }

    public static List<UniqueKey> minus(Set<UniqueKey> a, Set<UniqueKey> b) {
        List<UniqueKey> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }
}
