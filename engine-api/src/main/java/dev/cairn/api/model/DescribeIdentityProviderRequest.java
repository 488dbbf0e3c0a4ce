// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeIdentityProviderRequest
 *
 * <p>Cognito shape {@code DescribeIdentityProviderRequest}. Required: UserPoolId, ProviderName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeIdentityProviderRequest(
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

    /** Builds {@link DescribeIdentityProviderRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String providerName;

        private Builder() {
        }

        /** The ID of the user pool that has the IdP that you want to describe.. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the IdP that you want to describe. */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** Returns the record. */
        public DescribeIdentityProviderRequest build() {
            return new DescribeIdentityProviderRequest(userPoolId, providerName);
        }
    }
}
