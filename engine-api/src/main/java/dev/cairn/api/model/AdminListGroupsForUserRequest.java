// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminListGroupsForUserRequest
 *
 * <p>Cognito shape {@code AdminListGroupsForUserRequest}. Required: Username, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListGroupsForUserRequest(
        @JsonProperty("Username") String username,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.username = username;
        b.userPoolId = userPoolId;
        b.limit = limit;
        b.nextToken = nextToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminListGroupsForUserRequest["
                + "username=" + (username == null ? null : "***")
                + ", userPoolId=" + userPoolId
                + ", limit=" + limit
                + ", nextToken=" + nextToken + "]";
    }

    /** Builds {@link AdminListGroupsForUserRequest}; unset members stay null. */
    public static final class Builder {
        private String username;
        private String userPoolId;
        private Integer limit;
        private String nextToken;

        private Builder() {
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The ID of the user pool where you want to view a user's groups. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The maximum number of groups that you want Amazon Cognito to return in the response. */
        public Builder limit(Integer value) {
            this.limit = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public AdminListGroupsForUserRequest build() {
            return new AdminListGroupsForUserRequest(username, userPoolId, limit, nextToken);
        }
    }
}
