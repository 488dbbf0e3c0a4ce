package dev.cairn.api.event;

import java.util.List;

/**
 * A batch of the job's rows was imported, in the same unit of work as the users it created.
 *
 * @param lines    how many rows of the file (after its header) the job has read, this batch included
 * @param imported users created by this batch
 * @param skipped  rows of users who already exist
 * @param failed   rows refused by the import rules
 * @param errors   why rows were skipped or refused, by line number, without the rows' values
 */
@EventType("cairn.userimport.UserImportBatchImported")
public record UserImportBatchImported(String userPoolId, String jobId, long lines, long imported, long skipped, long failed,
                                      List<RowError> errors) implements UserImportJobEvent {

    public UserImportBatchImported {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One row's problem, as Cognito logs it to CloudWatch: its line number in the file (the header
     * is line 1) and the reason, never the row's values.
     */
    public record RowError(long line, String level, String message) {
    }
}
