// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to describe the user import job.
 *
 * <p>Cognito shape {@code DescribeUserImportJobRequest}. Required: UserPoolId, JobId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeUserImportJobRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("JobId") String jobId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.jobId = jobId;
        return b;
    }

    /** Builds {@link DescribeUserImportJobRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String jobId;

        private Builder() {
        }

        /** The ID of the user pool that's associated with the import job. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The Id of the user import job that you want to describe. */
        public Builder jobId(String value) {
            this.jobId = value;
            return this;
        }

        /** Returns the record. */
        public DescribeUserImportJobRequest build() {
            return new DescribeUserImportJobRequest(userPoolId, jobId);
        }
    }
}
