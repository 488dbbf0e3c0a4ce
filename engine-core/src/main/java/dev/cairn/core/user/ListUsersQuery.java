package dev.cairn.core.user;

import dev.cairn.core.storage.Storage;
import dev.cairn.core.userpool.PoolDirectory;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.ListUsersRequest;
import dev.cairn.api.model.ListUsersResponse;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.UserStore;
import dev.cairn.core.userpool.UserPoolState;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ListUsers with Cognito's filter syntax ({@code attr = "v"}, {@code attr ^= "prefix"}), answered
 * from the user index: an equality or prefix filter reads only matching entries. Pages are ordered
 * by (value, sub) and the token holds the last position, so a walk visits every user that exists
 * throughout exactly once, even while users are added.
 */
public final class ListUsersQuery {

    private static final Pattern FILTER = Pattern.compile("^\\s*([\\w:]+)\\s*(=|\\^=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");
    private static final Set<String> SEARCHABLE = Set.of("username", "email", "phone_number", "name", "given_name",
            "family_name", "preferred_username", "cognito:user_status", "status", "sub");
    private static final int MAX_LIMIT = 60;

    private final PoolDirectory pools;
    private final Storage storage;
    private final PageTokens pageTokens;

    public ListUsersQuery(PoolDirectory pools, Storage storage, PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.pools = pools;
        this.storage = storage;
    }

    /** A parsed filter: which index, how to match, what value. */
    record Filter(String name, UserStore.Match match, String value) {
    }

    static Filter parse(String filter) {
        if (filter == null || filter.isBlank()) return new Filter(UserIndex.USERNAME, UserStore.Match.PREFIX, "");
        Matcher m = FILTER.matcher(filter);
        if (!m.matches()) throw new InvalidParameterException("Error while parsing filter.");
        String name = m.group(1);
        if (!SEARCHABLE.contains(name)) throw new InvalidParameterException("Invalid search attribute: " + name);
        String value = m.group(3).replaceAll("\\\\(.)", "$1");
        return new Filter(name, m.group(2).equals("=") ? UserStore.Match.EQUALS : UserStore.Match.PREFIX, UserIndex.normalize(name, value));
    }

    public ListUsersResponse listUsers(ListUsersRequest r) {
        UserPoolState pool = pools.require(r.userPoolId());
        Filter filter = parse(r.filter());
        int limit = r.limit() == null || r.limit() == 0 ? MAX_LIMIT : r.limit();
        List<String> only = r.attributesToGet();
        if (only != null) {
            for (String a : only) {
                if (pool.attribute(a).isEmpty()) throw new InvalidParameterException("One or more requested attributes do not exist.");
            }
        }
        UserStore.Cursor after = null;
        if (r.paginationToken() != null) {
            List<String> p = pageTokens.decode("users:" + filter.name(), r.paginationToken(), 2);
            after = new UserStore.Cursor(p.get(0), p.get(1));
        }
        List<UserStore.Hit> hits = storage.users().find(pool.id(), filter.name(), filter.match(), filter.value(), after, limit + 1);
        boolean more = hits.size() > limit;
        List<UserStore.Hit> page = more ? hits.subList(0, limit) : hits;
        UserStore.Hit last = page.isEmpty() ? null : page.get(page.size() - 1);
        return ListUsersResponse.builder()
                .users(page.stream().map(h -> UserViews.userType(Json.read(h.document(), UserState.class), only)).toList())
                .paginationToken(more ? pageTokens.encode("users:" + filter.name(), last.value(), last.sub()) : null)
                .build();
    }
}
