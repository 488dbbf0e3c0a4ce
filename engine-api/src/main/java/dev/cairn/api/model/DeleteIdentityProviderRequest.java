// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteIdentityProviderRequest
 *
 * <p>Cognito shape {@code DeleteIdentityProviderRequest}. Required: UserPoolId, ProviderName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteIdentityProviderRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ProviderName") String providerName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.providerName = providerName;
        return b;
    }

    /** Builds {@link DeleteIdentityProviderRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String providerName;

        private Builder() {
        }

        /** The ID of the user pool where you want to delete the identity provider. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the IdP that you want to delete. */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** Returns the record. */
        public DeleteIdentityProviderRequest build() {
            return new DeleteIdentityProviderRequest(userPoolId, providerName);
        }
    }
}
