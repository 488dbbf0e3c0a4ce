package dev.cairn.api.event;

import java.util.List;

/**
 * Tags were removed from a pool (UntagResource); keys the pool did not have change nothing.
 *
 * @param tagKeys the keys removed
 */
@EventType("cairn.userpool.Untagged")
public record UserPoolUntagged(String userPoolId, List<String> tagKeys) implements UserPoolEvent {

    public UserPoolUntagged {
        tagKeys = tagKeys == null ? List.of() : List.copyOf(tagKeys);
    }
}
