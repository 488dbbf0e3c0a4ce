// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminLinkProviderForUserRequest
 *
 * <p>Cognito shape {@code AdminLinkProviderForUserRequest}. Required: UserPoolId, DestinationUser, SourceUser.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminLinkProviderForUserRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("DestinationUser") ProviderUserIdentifierType destinationUser,
        @JsonProperty("SourceUser") ProviderUserIdentifierType sourceUser) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.destinationUser = destinationUser;
        b.sourceUser = sourceUser;
        return b;
    }

    /** Builds {@link AdminLinkProviderForUserRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private ProviderUserIdentifierType destinationUser;
        private ProviderUserIdentifierType sourceUser;

        private Builder() {
        }

        /** The ID of the user pool where you want to link a federated identity. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The existing user in the user pool that you want to assign to the external IdP user account. */
        public Builder destinationUser(ProviderUserIdentifierType value) {
            this.destinationUser = value;
            return this;
        }

        /** An external IdP account for a user who doesn't exist yet in the user pool. */
        public Builder sourceUser(ProviderUserIdentifierType value) {
            this.sourceUser = value;
            return this;
        }

        /** Returns the record. */
        public AdminLinkProviderForUserRequest build() {
            return new AdminLinkProviderForUserRequest(userPoolId, destinationUser, sourceUser);
        }
    }
}
