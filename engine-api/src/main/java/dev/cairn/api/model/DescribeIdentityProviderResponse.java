// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeIdentityProviderResponse
 *
 * <p>Cognito shape {@code DescribeIdentityProviderResponse}. Required: IdentityProvider.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeIdentityProviderResponse(
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

    /** Builds {@link DescribeIdentityProviderResponse}; unset members stay null. */
    public static final class Builder {
        private IdentityProviderType identityProvider;

        private Builder() {
        }

        /** The details of the requested IdP. */
        public Builder identityProvider(IdentityProviderType value) {
            this.identityProvider = value;
            return this;
        }

        /** Returns the record. */
        public DescribeIdentityProviderResponse build() {
            return new DescribeIdentityProviderResponse(identityProvider);
        }
    }
}
