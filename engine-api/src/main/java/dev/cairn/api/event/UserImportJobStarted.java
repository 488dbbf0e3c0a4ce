package dev.cairn.api.event;

/** StartUserImportJob: the job is Pending until an engine node takes it up. */
@EventType("cairn.userimport.UserImportJobStarted")
public record UserImportJobStarted(String userPoolId, String jobId) implements UserImportJobEvent {
}
