package dev.cairn.api.event;

/**
 * The job's CSV file arrived at its pre-signed URL. The file itself is not in the log: it is kept
 * sealed under the engine's data key beside it until the job ends.
 *
 * @param bytes the file's size
 */
@EventType("cairn.userimport.UserImportFileUploaded")
public record UserImportFileUploaded(String userPoolId, String jobId, long bytes) implements UserImportJobEvent {
}
