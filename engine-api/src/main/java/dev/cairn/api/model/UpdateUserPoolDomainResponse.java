// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The UpdateUserPoolDomain response output.
 *
 * <p>Cognito shape {@code UpdateUserPoolDomainResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserPoolDomainResponse(
        @JsonProperty("ManagedLoginVersion") Integer managedLoginVersion,
        @JsonProperty("CloudFrontDomain") String cloudFrontDomain) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.managedLoginVersion = managedLoginVersion;
        b.cloudFrontDomain = cloudFrontDomain;
        return b;
    }

    /** Builds {@link UpdateUserPoolDomainResponse}; unset members stay null. */
    public static final class Builder {
        private Integer managedLoginVersion;
        private String cloudFrontDomain;

        private Builder() {
        }

        /** A version number that indicates the state of managed login for your domain. */
        public Builder managedLoginVersion(Integer value) {
            this.managedLoginVersion = value;
            return this;
        }

        /** The fully-qualified domain name (FQDN) of the Amazon CloudFront distribution that hosts your managed login or classic hosted UI pages. */
        public Builder cloudFrontDomain(String value) {
            this.cloudFrontDomain = value;
            return this;
        }

        /** Returns the record. */
        public UpdateUserPoolDomainResponse build() {
            return new UpdateUserPoolDomainResponse(managedLoginVersion, cloudFrontDomain);
        }
    }
}
