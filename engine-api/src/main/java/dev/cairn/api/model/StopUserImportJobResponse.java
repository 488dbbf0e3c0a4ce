// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the response from the server to the request to stop the user import job.
 *
 * <p>Cognito shape {@code StopUserImportJobResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StopUserImportJobResponse(
        @JsonProperty("UserImportJob") UserImportJobType userImportJob) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userImportJob = userImportJob;
        return b;
    }

    /** Builds {@link StopUserImportJobResponse}; unset members stay null. */
    public static final class Builder {
        private UserImportJobType userImportJob;

        private Builder() {
        }

        /** The details of the user import job. */
        public Builder userImportJob(UserImportJobType value) {
            this.userImportJob = value;
            return this;
        }

        /** Returns the record. */
        public StopUserImportJobResponse build() {
            return new StopUserImportJobResponse(userImportJob);
        }
    }
}
