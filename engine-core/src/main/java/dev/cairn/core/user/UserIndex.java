package dev.cairn.core.user;

import dev.cairn.core.storage.UserStore.IndexEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private UserIndex() {
    }

    public static List<IndexEntry> entries(UserState u) {
        List<IndexEntry> entries = new ArrayList<>();
        entries.add(new IndexEntry(USERNAME, u.username()));
        entries.add(new IndexEntry(USER_STATUS, normalize(USER_STATUS, u.userStatus().name())));
        entries.add(new IndexEntry(STATUS, u.enabled() ? "Enabled" : "Disabled"));
        for (String a : FILTERABLE) {
            String v = u.attribute(a);
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
