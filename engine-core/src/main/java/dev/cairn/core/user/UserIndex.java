package dev.cairn.core.user;

import dev.cairn.core.json.Json;
import dev.cairn.core.storage.UserStore.IndexEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The index entries of a user: one per attribute ListUsers can filter on, plus one per group
 * membership ({@code cognito:group}), so ListUsers and ListUsersInGroup never scan a pool. A filter on
 * {@code sub} needs no entry: a {@link dev.cairn.core.storage.UserStore} keeps users in sub order and
 * answers it from them.
 */
public final class UserIndex {

    /** Attributes ListUsers filters on (besides username, status, cognito:user_status). */
    public static final Set<String> FILTERABLE = Set.of("email", "phone_number", "name", "given_name",
            "family_name", "preferred_username");
    public static final String USERNAME = "username";
    public static final String USER_STATUS = "cognito:user_status";
    public static final String STATUS = "status";
    public static final String GROUP = "cognito:group";
    /** A filter on the sub, which a {@link dev.cairn.core.storage.UserStore} answers from its users in sub order (no entries). */
    public static final String SUB = "sub";

    private UserIndex() {
    }

    public static List<IndexEntry> entries(UserState u) {
        return entries(new Indexed(u.username(), u.attributes(), u.userStatus(), u.enabled(), u.groups()));
    }

    /**
     * The entries of the user stored as {@code document} (a {@link UserState}'s JSON): reads only the
     * components the entries come from and skips the rest, several times cheaper than the whole state
     * (how a rebuild indexes every user at its end).
     */
    public static List<IndexEntry> entries(String document) {
        return entries(Json.read(document, Indexed.class));
    }

    /** The components of a {@link UserState} that its entries come from, under the same names. */
    private record Indexed(String username, Map<String, String> attributes, UserStatus userStatus, boolean enabled, SortedSet<String> groups) {
    }

    private static List<IndexEntry> entries(Indexed u) {
        List<IndexEntry> entries = new ArrayList<>();
        entries.add(new IndexEntry(USERNAME, u.username()));
        entries.add(new IndexEntry(USER_STATUS, normalize(USER_STATUS, u.userStatus().name())));
        entries.add(new IndexEntry(STATUS, u.enabled() ? "Enabled" : "Disabled"));
        for (String a : FILTERABLE) {
            String v = u.attributes().get(a);
            if (v != null) entries.add(new IndexEntry(a, v));
        }
        for (String g : u.groups()) entries.add(new IndexEntry(GROUP, g));
        return entries;
    }

    /** cognito:user_status matches case-insensitively in Cognito; every other filter is exact. */
    public static String normalize(String name, String value) {
        return name.equals(USER_STATUS) ? value.toUpperCase(Locale.ROOT) : value;
    }
}
