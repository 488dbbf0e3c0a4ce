// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateUserPoolDomainRequest
 *
 * <p>Cognito shape {@code CreateUserPoolDomainRequest}. Required: Domain, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateUserPoolDomainRequest(
        @JsonProperty("Domain") String domain,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ManagedLoginVersion") Integer managedLoginVersion,
        @JsonProperty("CustomDomainConfig") CustomDomainConfigType customDomainConfig) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.domain = domain;
        b.userPoolId = userPoolId;
        b.managedLoginVersion = managedLoginVersion;
        b.customDomainConfig = customDomainConfig;
        return b;
    }

    /** Builds {@link CreateUserPoolDomainRequest}; unset members stay null. */
    public static final class Builder {
        private String domain;
        private String userPoolId;
        private Integer managedLoginVersion;
        private CustomDomainConfigType customDomainConfig;

        private Builder() {
        }

        /** The domain string. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** The ID of the user pool where you want to add a domain. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The version of managed login branding that you want to apply to your domain. */
        public Builder managedLoginVersion(Integer value) {
            this.managedLoginVersion = value;
            return this;
        }

        /** The configuration for a custom domain. */
        public Builder customDomainConfig(CustomDomainConfigType value) {
            this.customDomainConfig = value;
            return this;
        }

        /** Returns the record. */
        public CreateUserPoolDomainRequest build() {
            return new CreateUserPoolDomainRequest(domain, userPoolId, managedLoginVersion, customDomainConfig);
        }
    }
}
