// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * ListUsersInGroupResponse
 *
 * <p>Cognito shape {@code ListUsersInGroupResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUsersInGroupResponse(
        @JsonProperty("Users") List<UserType> users,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.users = users;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListUsersInGroupResponse}; unset members stay null. */
    public static final class Builder {
        private List<UserType> users;
        private String nextToken;

        private Builder() {
        }

        /** An array of users who are members in the group, and their attributes. */
        public Builder users(List<UserType> value) {
            this.users = value;
            return this;
        }

        /** Sets Users from the given values. */
        public Builder users(UserType... values) {
            this.users = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUsersInGroupResponse build() {
            return new ListUsersInGroupResponse(users, nextToken);
        }
    }
}
