// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to stop the user import job.
 *
 * <p>Cognito shape {@code StopUserImportJobRequest}. Required: UserPoolId, JobId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StopUserImportJobRequest(
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

    /** Builds {@link StopUserImportJobRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String jobId;

        private Builder() {
        }

        /** The ID of the user pool that you want to stop. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of a running user import job. */
        public Builder jobId(String value) {
            this.jobId = value;
            return this;
        }

        /** Returns the record. */
        public StopUserImportJobRequest build() {
            return new StopUserImportJobRequest(userPoolId, jobId);
        }
    }
}
