// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to list user pools.
 *
 * <p>Cognito shape {@code ListUserPoolsRequest}. Required: MaxResults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserPoolsRequest(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.nextToken = nextToken;
        b.maxResults = maxResults;
        return b;
    }

    /** Builds {@link ListUserPoolsRequest}; unset members stay null. */
    public static final class Builder {
        private String nextToken;
        private Integer maxResults;

        private Builder() {
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** The maximum number of user pools that you want Amazon Cognito to return in the response. */
        public Builder maxResults(Integer value) {
            this.maxResults = value;
            return this;
        }

        /** Returns the record. */
        public ListUserPoolsRequest build() {
            return new ListUserPoolsRequest(nextToken, maxResults);
        }
    }
}
