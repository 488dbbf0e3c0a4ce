// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the response from the server to the request to create the user.
 *
 * <p>Cognito shape {@code AdminCreateUserResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminCreateUserResponse(
        @JsonProperty("User") UserType user) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.user = user;
        return b;
    }

    /** Builds {@link AdminCreateUserResponse}; unset members stay null. */
    public static final class Builder {
        private UserType user;

        private Builder() {
        }

        /** The new user's profile details. */
        public Builder user(UserType value) {
            this.user = value;
            return this;
        }

        /** Returns the record. */
        public AdminCreateUserResponse build() {
            return new AdminCreateUserResponse(user);
        }
    }
}
