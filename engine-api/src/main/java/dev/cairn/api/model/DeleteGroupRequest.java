// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteGroupRequest
 *
 * <p>Cognito shape {@code DeleteGroupRequest}. Required: GroupName, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteGroupRequest(
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

    /** Builds {@link DeleteGroupRequest}; unset members stay null. */
    public static final class Builder {
        private String groupName;
        private String userPoolId;

        private Builder() {
        }

        /** The name of the group that you want to delete. */
        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        /** The ID of the user pool where you want to delete the group. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteGroupRequest build() {
            return new DeleteGroupRequest(groupName, userPoolId);
        }
    }
}
