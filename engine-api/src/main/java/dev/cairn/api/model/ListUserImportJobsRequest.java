// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to list the user import jobs.
 *
 * <p>Cognito shape {@code ListUserImportJobsRequest}. Required: UserPoolId, MaxResults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserImportJobsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.maxResults = maxResults;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Builds {@link ListUserImportJobsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private Integer maxResults;
        private String paginationToken;

        private Builder() {
        }

        /** The ID of the user pool where you want to list import jobs. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The maximum number of import jobs that you want Amazon Cognito to return in the response. */
        public Builder maxResults(Integer value) {
            this.maxResults = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserImportJobsRequest build() {
            return new ListUserImportJobsRequest(userPoolId, maxResults, paginationToken);
        }
    }
}
