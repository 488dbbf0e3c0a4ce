package dev.cairn.api.event;

/**
 * One engine node took up a Pending job, which is InProgress from now on; only that node imports
 * its rows, however many nodes share the database.
 *
 * @param node the node's id (random per engine instance)
 */
@EventType("cairn.userimport.UserImportJobClaimed")
public record UserImportJobClaimed(String userPoolId, String jobId, String node) implements UserImportJobEvent {
}
