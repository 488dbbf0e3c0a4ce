// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminAddUserToGroupRequest
 *
 * <p>Cognito shape {@code AdminAddUserToGroupRequest}. Required: UserPoolId, Username, GroupName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminAddUserToGroupRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("GroupName") String groupName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.groupName = groupName;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminAddUserToGroupRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", groupName=" + groupName + "]";
    }

    /** Builds {@link AdminAddUserToGroupRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private String groupName;

        private Builder() {
        }

        /** The ID of the user pool that contains the group that you want to add the user to. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The name of the group that you want to add your user to. */
        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        /** Returns the record. */
        public AdminAddUserToGroupRequest build() {
            return new AdminAddUserToGroupRequest(userPoolId, username, groupName);
        }
    }
}
