package dev.cairn.core.userpool;

import dev.cairn.api.event.UserImportBatchImported;
import dev.cairn.api.event.UserImportBatchImported.RowError;
import dev.cairn.api.event.UserImportFileUploaded;
import dev.cairn.api.event.UserImportJobClaimed;
import dev.cairn.api.event.UserImportJobCreated;
import dev.cairn.api.event.UserImportJobEnded;
import dev.cairn.api.event.UserImportJobEvent;
import dev.cairn.api.event.UserImportJobStarted;
import dev.cairn.api.event.UserImportJobStopRequested;
import dev.cairn.api.model.UserImportJobType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pool's user import jobs as DescribeUserImportJob and ListUserImportJobs show them, with the row
 * errors each job logged. Immutable; the job events make the next one. The decisions are the
 * UserImportJob aggregate's; this is the read side.
 *
 * @param jobs by job id, in creation order
 */
public record PoolImports(Map<String, Job> jobs) {

    /** Row errors a job keeps (Cognito logs every one to CloudWatch; Cairn keeps the first ones). */
    public static final int MAX_ERRORS_KEPT = 1_000;
    public static final PoolImports NONE = new PoolImports(null);

    public PoolImports {
        jobs = jobs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(jobs));
    }

    /**
     * One job.
     *
     * @param job               its description, without its pre-signed URL
     * @param sealedUploadToken the token of its pre-signed URL, sealed
     * @param uploaded          whether its file arrived
     * @param errors            its first row errors
     */
    public record Job(UserImportJobType job, String sealedUploadToken, boolean uploaded, List<RowError> errors) {

        public Job {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    static UserPoolState apply(UserPoolState s, UserImportJobEvent event, Instant at) {
        Map<String, Job> jobs = new LinkedHashMap<>(s.imports().jobs());
        Job current = jobs.get(event.jobId());
        Job next;
        if (event instanceof UserImportJobCreated e) {
            next = new Job(UserImportJobType.builder().jobName(e.jobName()).jobId(e.jobId()).userPoolId(e.userPoolId())
                    .creationDate(at).status("Created").cloudWatchLogsRoleArn(e.cloudWatchLogsRoleArn())
                    .importedUsers(0L).skippedUsers(0L).failedUsers(0L).build(), e.sealedUploadToken(), false, List.of());
        } else if (current == null) {
            return s; // a job of a pool read model rebuilt without it: nothing to show
        } else if (event instanceof UserImportFileUploaded) {
            next = new Job(current.job(), current.sealedUploadToken(), true, current.errors());
        } else if (event instanceof UserImportJobStarted) {
            next = with(current, current.job().toBuilder().status("Pending").startDate(at).build());
        } else if (event instanceof UserImportJobClaimed) {
            next = with(current, current.job().toBuilder().status("InProgress").build());
        } else if (event instanceof UserImportBatchImported e) {
            UserImportJobType j = current.job();
            List<RowError> errors = new ArrayList<>(current.errors());
            e.errors().stream().limit(Math.max(0, MAX_ERRORS_KEPT - errors.size())).forEach(errors::add);
            next = new Job(j.toBuilder().importedUsers(j.importedUsers() + e.imported()).skippedUsers(j.skippedUsers() + e.skipped())
                    .failedUsers(j.failedUsers() + e.failed()).build(), current.sealedUploadToken(), current.uploaded(), errors);
        } else if (event instanceof UserImportJobStopRequested) {
            next = with(current, current.job().toBuilder().status("Stopping").build());
        } else if (event instanceof UserImportJobEnded e) {
            next = with(current, current.job().toBuilder().status(e.status()).completionDate(at).completionMessage(e.completionMessage()).build());
        } else {
            return s;
        }
        jobs.put(event.jobId(), next);
        return new UserPoolState(s.settings(), s.clients(), s.groups(), s.signingKeys(), s.mfa(), s.oauth(), s.security(), new PoolImports(jobs));
    }

    private static Job with(Job current, UserImportJobType job) {
        return new Job(job, current.sealedUploadToken(), current.uploaded(), current.errors());
    }
}
