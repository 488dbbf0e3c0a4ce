// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ListWebAuthnCredentialsRequest
 *
 * <p>Cognito shape {@code ListWebAuthnCredentialsRequest}. Required: AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListWebAuthnCredentialsRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.nextToken = nextToken;
        b.maxResults = maxResults;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ListWebAuthnCredentialsRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", nextToken=" + nextToken
                + ", maxResults=" + maxResults + "]";
    }

    /** Builds {@link ListWebAuthnCredentialsRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String nextToken;
        private Integer maxResults;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** The maximum number of the user's passkey credentials that you want to return. */
        public Builder maxResults(Integer value) {
            this.maxResults = value;
            return this;
        }

        /** Returns the record. */
        public ListWebAuthnCredentialsRequest build() {
            return new ListWebAuthnCredentialsRequest(accessToken, nextToken, maxResults);
        }
    }
}
