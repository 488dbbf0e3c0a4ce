package dev.cairn.api.event;

/**
 * A user import job was created (CreateUserImportJob), waiting for its CSV file.
 *
 * @param cloudWatchLogsRoleArn the role Cognito would log the job's row errors with; kept, not used
 * @param uploadTokenMac        the keyed hash (HMAC under the engine's data key) of the token the
 *                              job's pre-signed URL carries: what an upload is checked against
 * @param sealedUploadToken     the same token sealed under the data key, so DescribeUserImportJob can
 *                              show the URL again; never in the clear
 */
@EventType("cairn.userimport.UserImportJobCreated")
public record UserImportJobCreated(String userPoolId, String jobId, String jobName, String cloudWatchLogsRoleArn,
                                   String uploadTokenMac, String sealedUploadToken) implements UserImportJobEvent {
}
