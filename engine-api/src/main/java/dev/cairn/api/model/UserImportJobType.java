// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A user import job in a user pool.
 *
 * <p>Cognito shape {@code UserImportJobType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserImportJobType(
        @JsonProperty("JobName") String jobName,
        @JsonProperty("JobId") String jobId,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("PreSignedUrl") String preSignedUrl,
        @JsonProperty("CreationDate") Instant creationDate,
        @JsonProperty("StartDate") Instant startDate,
        @JsonProperty("CompletionDate") Instant completionDate,
        @JsonProperty("Status") String status,
        @JsonProperty("CloudWatchLogsRoleArn") String cloudWatchLogsRoleArn,
        @JsonProperty("ImportedUsers") Long importedUsers,
        @JsonProperty("SkippedUsers") Long skippedUsers,
        @JsonProperty("FailedUsers") Long failedUsers,
        @JsonProperty("CompletionMessage") String completionMessage) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobName = jobName;
        b.jobId = jobId;
        b.userPoolId = userPoolId;
        b.preSignedUrl = preSignedUrl;
        b.creationDate = creationDate;
        b.startDate = startDate;
        b.completionDate = completionDate;
        b.status = status;
        b.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn;
        b.importedUsers = importedUsers;
        b.skippedUsers = skippedUsers;
        b.failedUsers = failedUsers;
        b.completionMessage = completionMessage;
        return b;
    }

    /** Builds {@link UserImportJobType}; unset members stay null. */
    public static final class Builder {
        private String jobName;
        private String jobId;
        private String userPoolId;
        private String preSignedUrl;
        private Instant creationDate;
        private Instant startDate;
        private Instant completionDate;
        private String status;
        private String cloudWatchLogsRoleArn;
        private Long importedUsers;
        private Long skippedUsers;
        private Long failedUsers;
        private String completionMessage;

        private Builder() {
        }

        /** The friendly name of the user import job. */
        public Builder jobName(String value) {
            this.jobName = value;
            return this;
        }

        /** The ID of the user import job. */
        public Builder jobId(String value) {
            this.jobId = value;
            return this;
        }

        /** The ID of the user pool that the users are being imported into. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The pre-signed URL target for uploading the CSV file. */
        public Builder preSignedUrl(String value) {
            this.preSignedUrl = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** The date when the user import job was started. */
        public Builder startDate(Instant value) {
            this.startDate = value;
            return this;
        }

        /** The date when the user import job was completed. */
        public Builder completionDate(Instant value) {
            this.completionDate = value;
            return this;
        }

        /** The status of the user import job. */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /** The role Amazon Resource Name (ARN) for the Amazon CloudWatch Logging role for the user import job. */
        public Builder cloudWatchLogsRoleArn(String value) {
            this.cloudWatchLogsRoleArn = value;
            return this;
        }

        /** The number of users that were successfully imported. */
        public Builder importedUsers(Long value) {
            this.importedUsers = value;
            return this;
        }

        /** The number of users that were skipped. */
        public Builder skippedUsers(Long value) {
            this.skippedUsers = value;
            return this;
        }

        /** The number of users that couldn't be imported. */
        public Builder failedUsers(Long value) {
            this.failedUsers = value;
            return this;
        }

        /** The message returned when the user import job is completed. */
        public Builder completionMessage(String value) {
            this.completionMessage = value;
            return this;
        }

        /** Returns the record. */
        public UserImportJobType build() {
            return new UserImportJobType(jobName, jobId, userPoolId, preSignedUrl, creationDate, startDate, completionDate, status, cloudWatchLogsRoleArn, importedUsers, skippedUsers, failedUsers, completionMessage);
        }
    }
}
