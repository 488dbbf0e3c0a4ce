package dev.cairn.core.userimport;

import dev.cairn.api.error.PreconditionNotMetException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.UserImportBatchImported;
import dev.cairn.api.event.UserImportFileUploaded;
import dev.cairn.api.event.UserImportJobClaimed;
import dev.cairn.api.event.UserImportJobCreated;
import dev.cairn.api.event.UserImportJobEnded;
import dev.cairn.api.event.UserImportJobStarted;
import dev.cairn.api.event.UserImportJobStopRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A user import job: its status moves Created, Pending (started), InProgress (one node took it up),
 * then Succeeded, Failed, or Stopping and Stopped, as Cognito's does. It decides who may upload its
 * file (the holder of its URL's token, while it is Created), which node runs it (the first to claim
 * it while Pending: the log's sequence check makes two claims race, and the loser finds it
 * InProgress), and when its node must stop. Cognito's messages for the refusals are worded from memory.
 */
public class UserImportJob {

    @AggregateIdentifier
    private String jobId;
    private String userPoolId;
    private String status;
    private String uploadTokenMac;
    private String node;

    UserImportJob() {
        // for Axon
    }

    @CommandHandler
    UserImportJob(ImportCommands.Create c) {
        apply(new UserImportJobCreated(c.userPoolId(), c.jobId(), c.jobName(), c.cloudWatchLogsRoleArn(), c.uploadTokenMac(), c.sealedUploadToken()));
    }

    @CommandHandler
    boolean handle(ImportCommands.AcceptUpload c) {
        boolean tokenMatches = MessageDigest.isEqual(uploadTokenMac.getBytes(StandardCharsets.US_ASCII), c.tokenMac().getBytes(StandardCharsets.US_ASCII));
        if (!tokenMatches || !"Created".equals(status)) return false;
        apply(new UserImportFileUploaded(userPoolId, jobId, c.bytes()));
        return true;
    }

    @CommandHandler
    void handle(ImportCommands.Start c) {
        requirePool(c.userPoolId());
        if (!"Created".equals(status)) {
            throw new PreconditionNotMetException("Import job " + jobId + " cannot be started: its status is " + status + ".");
        }
        apply(new UserImportJobStarted(userPoolId, jobId));
    }

    @CommandHandler
    boolean handle(ImportCommands.Claim c) {
        if (!"Pending".equals(status)) return false;
        apply(new UserImportJobClaimed(userPoolId, jobId, c.node()));
        return true;
    }

    @CommandHandler
    boolean handle(ImportCommands.RecordBatch c) {
        if (!running(c.node())) return false;
        apply(new UserImportBatchImported(userPoolId, jobId, c.lines(), c.imported(), c.skipped(), c.failed(), c.errors()));
        if (c.last()) {
            apply(new UserImportJobEnded(userPoolId, jobId, "Succeeded", "Completed"));
            return false;
        }
        if ("Stopping".equals(status)) {
            apply(new UserImportJobEnded(userPoolId, jobId, "Stopped", "StoppedByRequest"));
            return false;
        }
        return true;
    }

    @CommandHandler
    void handle(ImportCommands.Stop c) {
        requirePool(c.userPoolId());
        if ("Pending".equals(status)) {
            apply(new UserImportJobStopRequested(userPoolId, jobId));
            apply(new UserImportJobEnded(userPoolId, jobId, "Stopped", "StoppedByRequest"));
        } else if ("InProgress".equals(status)) {
            apply(new UserImportJobStopRequested(userPoolId, jobId));
        } else {
            throw new PreconditionNotMetException("Import job " + jobId + " cannot be stopped: its status is " + status + ".");
        }
    }

    @CommandHandler
    void handle(ImportCommands.Fail c) {
        if (running(c.node())) apply(new UserImportJobEnded(userPoolId, jobId, "Failed", c.completionMessage()));
    }

    /** Whether {@code by} is the node running the job and the job still runs (or is stopping). */
    private boolean running(String by) {
        return by.equals(node) && ("InProgress".equals(status) || "Stopping".equals(status));
    }

    private void requirePool(String poolId) {
        if (!userPoolId.equals(poolId)) throw new ResourceNotFoundException("Import job " + jobId + " does not exist.");
    }

    @EventSourcingHandler
    void on(Object event) {
        if (event instanceof UserImportJobCreated e) {
            jobId = e.jobId();
            userPoolId = e.userPoolId();
            uploadTokenMac = e.uploadTokenMac();
            status = "Created";
        } else if (event instanceof UserImportJobStarted) {
            status = "Pending";
        } else if (event instanceof UserImportJobClaimed e) {
            node = e.node();
            status = "InProgress";
        } else if (event instanceof UserImportJobStopRequested) {
            status = "Stopping";
        } else if (event instanceof UserImportJobEnded e) {
            status = e.status();
        }
    }
}
