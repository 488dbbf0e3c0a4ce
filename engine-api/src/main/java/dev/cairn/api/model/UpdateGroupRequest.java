// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * UpdateGroupRequest
 *
 * <p>Cognito shape {@code UpdateGroupRequest}. Required: GroupName, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateGroupRequest(
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Description") String description,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("Precedence") Integer precedence) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groupName = groupName;
        b.userPoolId = userPoolId;
        b.description = description;
        b.roleArn = roleArn;
        b.precedence = precedence;
        return b;
    }

    /** Builds {@link UpdateGroupRequest}; unset members stay null. */
    public static final class Builder {
        private String groupName;
        private String userPoolId;
        private String description;
        private String roleArn;
        private Integer precedence;

        private Builder() {
        }

        /** The name of the group that you want to update. */
        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        /** The ID of the user pool that contains the group you want to update. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A new description of the existing group. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** The Amazon Resource Name (ARN) of an IAM role that you want to associate with the group. */
        public Builder roleArn(String value) {
            this.roleArn = value;
            return this;
        }

        /** A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. */
        public Builder precedence(Integer value) {
            this.precedence = value;
            return this;
        }

        /** Returns the record. */
        public UpdateGroupRequest build() {
            return new UpdateGroupRequest(groupName, userPoolId, description, roleArn, precedence);
        }
    }
}
