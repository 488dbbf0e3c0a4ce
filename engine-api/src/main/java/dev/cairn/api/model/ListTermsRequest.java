// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ListTermsRequest
 *
 * <p>Cognito shape {@code ListTermsRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListTermsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.maxResults = maxResults;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListTermsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private Integer maxResults;
        private String nextToken;

        private Builder() {
        }

        /** The ID of the user pool where you want to list terms documents. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The maximum number of terms documents that you want Amazon Cognito to return in the response. */
        public Builder maxResults(Integer value) {
            this.maxResults = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListTermsRequest build() {
            return new ListTermsRequest(userPoolId, maxResults, nextToken);
        }
    }
}
