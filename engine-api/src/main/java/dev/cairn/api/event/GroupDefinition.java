package dev.cairn.api.event;

/**
 * A group's settings as the log keeps them in {@link GroupCreated} and {@link GroupUpdated}: Cairn's
 * own record, with Cognito's member names and meanings. The pool is the event's and the dates are
 * the events' timestamps.
 *
 * @param groupName   the group's name, unique in its pool
 * @param description what the group is for, or null
 * @param roleArn     the IAM role members' tokens carry, or null
 * @param precedence  which group's role wins when a user is in several (lower wins), or null
 */
public record GroupDefinition(String groupName, String description, String roleArn, Integer precedence) {
}
