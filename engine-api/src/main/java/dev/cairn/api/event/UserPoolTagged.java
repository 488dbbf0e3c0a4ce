package dev.cairn.api.event;

import java.util.Map;

/**
 * Tags were assigned to a pool (TagResource): each key's value is set, replacing the value a key
 * already had; the pool's other tags stay.
 *
 * @param tags tag keys and their values
 */
@EventType("cairn.userpool.Tagged")
public record UserPoolTagged(String userPoolId, Map<String, String> tags) implements UserPoolEvent {

    public UserPoolTagged {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
