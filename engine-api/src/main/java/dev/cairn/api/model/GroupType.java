// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A user pool group.
 *
 * <p>Cognito shape {@code GroupType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupType(
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Description") String description,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("Precedence") Integer precedence,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate) {

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
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        return b;
    }

    /** Builds {@link GroupType}; unset members stay null. */
    public static final class Builder {
        private String groupName;
        private String userPoolId;
        private String description;
        private String roleArn;
        private Integer precedence;
        private Instant lastModifiedDate;
        private Instant creationDate;

        private Builder() {
        }

        /** The name of the group. */
        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        /** The ID of the user pool that contains the group. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A friendly description of the group. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** The ARN of the IAM role associated with the group. */
        public Builder roleArn(String value) {
            this.roleArn = value;
            return this;
        }

        /** A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. */
        public Builder precedence(Integer value) {
            this.precedence = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** Returns the record. */
        public GroupType build() {
            return new GroupType(groupName, userPoolId, description, roleArn, precedence, lastModifiedDate, creationDate);
        }
    }
}
