// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminListUserAuthEventsRequest
 *
 * <p>Cognito shape {@code AdminListUserAuthEventsRequest}. Required: UserPoolId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListUserAuthEventsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
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
        b.username = username;
        b.maxResults = maxResults;
        b.nextToken = nextToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminListUserAuthEventsRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", maxResults=" + maxResults
                + ", nextToken=" + nextToken + "]";
    }

    /** Builds {@link AdminListUserAuthEventsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private Integer maxResults;
        private String nextToken;

        private Builder() {
        }

        /** The Id of the user pool that contains the user profile with the logged events. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The maximum number of authentication events to return. */
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
        public AdminListUserAuthEventsRequest build() {
            return new AdminListUserAuthEventsRequest(userPoolId, username, maxResults, nextToken);
        }
    }
}
