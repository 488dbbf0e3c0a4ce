// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A container for information about the user pool domain associated with the hosted UI and OAuth endpoints.
 *
 * <p>Cognito shape {@code DomainDescriptionType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DomainDescriptionType(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("AWSAccountId") String awsAccountId,
        @JsonProperty("Domain") String domain,
        @JsonProperty("S3Bucket") String s3Bucket,
        @JsonProperty("CloudFrontDistribution") String cloudFrontDistribution,
        @JsonProperty("Version") String version,
        @JsonProperty("Status") String status,
        @JsonProperty("CustomDomainConfig") CustomDomainConfigType customDomainConfig,
        @JsonProperty("ManagedLoginVersion") Integer managedLoginVersion) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.awsAccountId = awsAccountId;
        b.domain = domain;
        b.s3Bucket = s3Bucket;
        b.cloudFrontDistribution = cloudFrontDistribution;
        b.version = version;
        b.status = status;
        b.customDomainConfig = customDomainConfig;
        b.managedLoginVersion = managedLoginVersion;
        return b;
    }

    /** Builds {@link DomainDescriptionType}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String awsAccountId;
        private String domain;
        private String s3Bucket;
        private String cloudFrontDistribution;
        private String version;
        private String status;
        private CustomDomainConfigType customDomainConfig;
        private Integer managedLoginVersion;

        private Builder() {
        }

        /** The ID of the user pool that the domain is attached to. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The Amazon Web Services account that you created the user pool in. */
        public Builder awsAccountId(String value) {
            this.awsAccountId = value;
            return this;
        }

        /** The domain string. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** The Amazon S3 bucket where the static files for this domain are stored. */
        public Builder s3Bucket(String value) {
            this.s3Bucket = value;
            return this;
        }

        /** The Amazon CloudFront endpoint that hosts your custom domain. */
        public Builder cloudFrontDistribution(String value) {
            this.cloudFrontDistribution = value;
            return this;
        }

        /** The app version. */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /** The domain status. */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /** The configuration for a custom domain that hosts the sign-up and sign-in webpages for your application. */
        public Builder customDomainConfig(CustomDomainConfigType value) {
            this.customDomainConfig = value;
            return this;
        }

        /** The version of managed login branding that you want to apply to your domain. */
        public Builder managedLoginVersion(Integer value) {
            this.managedLoginVersion = value;
            return this;
        }

        /** Returns the record. */
        public DomainDescriptionType build() {
            return new DomainDescriptionType(userPoolId, awsAccountId, domain, s3Bucket, cloudFrontDistribution, version, status, customDomainConfig, managedLoginVersion);
        }
    }
}
