package dev.cairn.api.event;

/** StopUserImportJob on a running job: it is Stopping until its node finishes the batch in hand. */
@EventType("cairn.userimport.UserImportJobStopRequested")
public record UserImportJobStopRequested(String userPoolId, String jobId) implements UserImportJobEvent {
}
