package dev.cairn.core.userpool;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.event.UserPoolTagged;
import dev.cairn.api.event.UserPoolUntagged;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A pool's tags (TagResource, UntagResource, and CreateUserPool's and UpdateUserPool's
 * UserPoolTags): what may be assigned given the tags the pool has, and how the events change them.
 * Lengths (keys 1-128, values 0-256) were checked against the service model before; the model
 * states no pattern, so the characters and the reserved {@code aws:} prefix are AWS's tagging rules
 * for every service ("Tagging AWS resources"), and the limit of 50 tags per pool is Cognito's quota.
 * The messages are worded from memory, not from a documented source.
 */
public final class Tags {

    /** Cognito's quota of tags per user pool. */
    public static final int MAX_PER_POOL = 50;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private Tags() {
    }

    /** Refuses tags a pool may not have: a reserved or malformed key or value, or more than 50. */
    public static void check(Map<String, String> tags) {
        if (tags == null) return;
        if (tags.size() > MAX_PER_POOL) {
            throw new InvalidParameterException("A user pool can have at most " + MAX_PER_POOL + " tags.");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                throw new InvalidParameterException("Tag keys starting with aws: are reserved for AWS use.");
            }
            if (!ALLOWED.matcher(tag.getKey()).matches()) {
                throw new InvalidParameterException("Invalid tag key: " + tag.getKey());
            }
            if (tag.getValue() == null || !ALLOWED.matcher(tag.getValue()).matches()) {
                throw new InvalidParameterException("Invalid tag value for key " + tag.getKey() + ".");
            }
        }
    }

    static UserPoolTagged tag(UserPoolState pool, Map<String, String> tags) {
        if (tags.isEmpty()) throw new InvalidParameterException("Tags must contain at least one tag.");
        Map<String, String> merged = current(pool);
        merged.putAll(tags);
        check(merged);
        return new UserPoolTagged(pool.id(), tags);
    }

    static UserPoolUntagged untag(UserPoolState pool, List<String> keys) {
        if (keys.isEmpty()) throw new InvalidParameterException("TagKeys must contain at least one key.");
        return new UserPoolUntagged(pool.id(), keys);
    }

    /** The pool's tags, sorted by key, as a new map the caller may change. */
    static TreeMap<String, String> current(UserPoolState pool) {
        return pool.settings().userPoolTags() == null ? new TreeMap<>() : new TreeMap<>(pool.settings().userPoolTags());
    }

    static UserPoolState apply(UserPoolState s, Object event) {
        TreeMap<String, String> tags = current(s);
        if (event instanceof UserPoolTagged e) tags.putAll(e.tags());
        else if (event instanceof UserPoolUntagged e) e.tagKeys().forEach(tags::remove);
        else return s;
        return new UserPoolState(s.settings().toBuilder().userPoolTags(tags.isEmpty() ? null : tags).build(),
                s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), s.imports());
    }
}
