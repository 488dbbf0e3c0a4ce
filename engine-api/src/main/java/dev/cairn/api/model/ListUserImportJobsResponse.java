// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server to the request to list the user import jobs.
 *
 * <p>Cognito shape {@code ListUserImportJobsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserImportJobsResponse(
        @JsonProperty("UserImportJobs") List<UserImportJobType> userImportJobs,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userImportJobs = userImportJobs;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Builds {@link ListUserImportJobsResponse}; unset members stay null. */
    public static final class Builder {
        private List<UserImportJobType> userImportJobs;
        private String paginationToken;

        private Builder() {
        }

        /** An array of user import jobs from the requested user pool. */
        public Builder userImportJobs(List<UserImportJobType> value) {
            this.userImportJobs = value;
            return this;
        }

        /** Sets UserImportJobs from the given values. */
        public Builder userImportJobs(UserImportJobType... values) {
            this.userImportJobs = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserImportJobsResponse build() {
            return new ListUserImportJobsResponse(userImportJobs, paginationToken);
        }
    }
}
