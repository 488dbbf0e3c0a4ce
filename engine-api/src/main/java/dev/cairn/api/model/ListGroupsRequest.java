// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ListGroupsRequest
 *
 * <p>Cognito shape {@code ListGroupsRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListGroupsRequest(
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
        b.userPoolId = userPoolId;
        b.limit = limit;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListGroupsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private Integer limit;
        private String nextToken;

        private Builder() {
        }

        /** The ID of the user pool where you want to list user groups. */
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
        public ListGroupsRequest build() {
            return new ListGroupsRequest(userPoolId, limit, nextToken);
        }
    }
}
