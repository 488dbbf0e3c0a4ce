package dev.cairn.core.userimport;

import dev.cairn.api.event.UserImportBatchImported.RowError;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands to the {@link UserImportJob} aggregate. */
public final class ImportCommands {

    private ImportCommands() {
    }

    public record Create(@TargetAggregateIdentifier String jobId, String userPoolId, String jobName, String cloudWatchLogsRoleArn,
                         String uploadTokenMac, String sealedUploadToken) {
    }

    /** A file arrived at the job's pre-signed URL with a token whose keyed hash is {@code tokenMac}. */
    public record AcceptUpload(@TargetAggregateIdentifier String jobId, String tokenMac, long bytes) {
    }

    public record Start(@TargetAggregateIdentifier String jobId, String userPoolId) {
    }

    /** Asks to run a Pending job on {@code node}; answers whether this node runs it. */
    public record Claim(@TargetAggregateIdentifier String jobId, String node) {
    }

    /**
     * Records a batch the node imported; answers whether the node goes on (false once the job was
     * asked to stop, or ended with this batch).
     *
     * @param last whether the file has no rows after this batch
     */
    public record RecordBatch(@TargetAggregateIdentifier String jobId, String node, long lines, long imported, long skipped,
                              long failed, List<RowError> errors, boolean last) {
    }

    public record Stop(@TargetAggregateIdentifier String jobId, String userPoolId) {
    }

    /** The node running the job cannot go on: no file, or not a file of users. */
    public record Fail(@TargetAggregateIdentifier String jobId, String node, String completionMessage) {
    }
}
