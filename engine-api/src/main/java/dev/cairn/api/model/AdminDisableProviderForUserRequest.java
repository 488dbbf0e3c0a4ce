// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminDisableProviderForUserRequest
 *
 * <p>Cognito shape {@code AdminDisableProviderForUserRequest}. Required: UserPoolId, User.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminDisableProviderForUserRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("User") ProviderUserIdentifierType user) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.user = user;
        return b;
    }

    /** Builds {@link AdminDisableProviderForUserRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private ProviderUserIdentifierType user;

        private Builder() {
        }

        /** The ID of the user pool where you want to delete the user's linked identities. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The user profile that you want to delete a linked identity from. */
        public Builder user(ProviderUserIdentifierType value) {
            this.user = value;
            return this;
        }

        /** Returns the record. */
        public AdminDisableProviderForUserRequest build() {
            return new AdminDisableProviderForUserRequest(userPoolId, user);
        }
    }
}
