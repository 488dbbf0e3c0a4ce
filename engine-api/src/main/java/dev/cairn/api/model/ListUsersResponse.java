// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The response from the request to list users.
 *
 * <p>Cognito shape {@code ListUsersResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUsersResponse(
        @JsonProperty("Users") List<UserType> users,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.users = users;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Builds {@link ListUsersResponse}; unset members stay null. */
    public static final class Builder {
        private List<UserType> users;
        private String paginationToken;

        private Builder() {
        }

        /** An array of user pool users who match your query, and their attributes. */
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
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUsersResponse build() {
            return new ListUsersResponse(users, paginationToken);
        }
    }
}
