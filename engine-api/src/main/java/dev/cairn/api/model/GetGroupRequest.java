// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetGroupRequest
 *
 * <p>Cognito shape {@code GetGroupRequest}. Required: GroupName, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetGroupRequest(
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("UserPoolId") String userPoolId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groupName = groupName;
        b.userPoolId = userPoolId;
        return b;
    }

    /** Builds {@link GetGroupRequest}; unset members stay null. */
    public static final class Builder {
        private String groupName;
        private String userPoolId;

        private Builder() {
        }

        /** The name of the group that you want to get information about. */
        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        /** The ID of the user pool that contains the group that you want to query. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public GetGroupRequest build() {
            return new GetGroupRequest(groupName, userPoolId);
        }
    }
}
