// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetIdentityProviderByIdentifierResponse
 *
 * <p>Cognito shape {@code GetIdentityProviderByIdentifierResponse}. Required: IdentityProvider.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetIdentityProviderByIdentifierResponse(
        @JsonProperty("IdentityProvider") IdentityProviderType identityProvider) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.identityProvider = identityProvider;
        return b;
    }

    /** Builds {@link GetIdentityProviderByIdentifierResponse}; unset members stay null. */
    public static final class Builder {
        private IdentityProviderType identityProvider;

        private Builder() {
        }

        /** The configuration of the IdP in your user pool. */
        public Builder identityProvider(IdentityProviderType value) {
            this.identityProvider = value;
            return this;
        }

        /** Returns the record. */
        public GetIdentityProviderByIdentifierResponse build() {
            return new GetIdentityProviderByIdentifierResponse(identityProvider);
        }
    }
}
