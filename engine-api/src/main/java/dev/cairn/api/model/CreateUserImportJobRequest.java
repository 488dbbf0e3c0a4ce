// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to create the user import job.
 *
 * <p>Cognito shape {@code CreateUserImportJobRequest}. Required: JobName, UserPoolId, CloudWatchLogsRoleArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateUserImportJobRequest(
        @JsonProperty("JobName") String jobName,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("CloudWatchLogsRoleArn") String cloudWatchLogsRoleArn) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jobName = jobName;
        b.userPoolId = userPoolId;
        b.cloudWatchLogsRoleArn = cloudWatchLogsRoleArn;
        return b;
    }

    /** Builds {@link CreateUserImportJobRequest}; unset members stay null. */
    public static final class Builder {
        private String jobName;
        private String userPoolId;
        private String cloudWatchLogsRoleArn;

        private Builder() {
        }

        /** A friendly name for the user import job. */
        public Builder jobName(String value) {
            this.jobName = value;
            return this;
        }

        /** The ID of the user pool that you want to import users into. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** You must specify an IAM role that has permission to log import-job results to Amazon CloudWatch Logs. */
        public Builder cloudWatchLogsRoleArn(String value) {
            this.cloudWatchLogsRoleArn = value;
            return this;
        }

        /** Returns the record. */
        public CreateUserImportJobRequest build() {
            return new CreateUserImportJobRequest(jobName, userPoolId, cloudWatchLogsRoleArn);
        }
    }
}
