// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings for Amazon Pinpoint analytics configuration.
 *
 * <p>Cognito shape {@code AnalyticsConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyticsConfigurationType(
        @JsonProperty("ApplicationId") String applicationId,
        @JsonProperty("ApplicationArn") String applicationArn,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("ExternalId") String externalId,
        @JsonProperty("UserDataShared") Boolean userDataShared) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.applicationId = applicationId;
        b.applicationArn = applicationArn;
        b.roleArn = roleArn;
        b.externalId = externalId;
        b.userDataShared = userDataShared;
        return b;
    }

    /** Builds {@link AnalyticsConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String applicationId;
        private String applicationArn;
        private String roleArn;
        private String externalId;
        private Boolean userDataShared;

        private Builder() {
        }

        /** Your Amazon Pinpoint project ID. */
        public Builder applicationId(String value) {
            this.applicationId = value;
            return this;
        }

        /** The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to your user pool app client. */
        public Builder applicationArn(String value) {
            this.applicationArn = value;
            return this;
        }

        /** The ARN of an Identity and Access Management role that has the permissions required for Amazon Cognito to publish events to Amazon Pinpoint analytics. */
        public Builder roleArn(String value) {
            this.roleArn = value;
            return this;
        }

        /** The external ID of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** If UserDataShared is true , Amazon Cognito includes user data in the events that it publishes to Amazon Pinpoint analytics. */
        public Builder userDataShared(Boolean value) {
            this.userDataShared = value;
            return this;
        }

        /** Returns the record. */
        public AnalyticsConfigurationType build() {
            return new AnalyticsConfigurationType(applicationId, applicationArn, roleArn, externalId, userDataShared);
        }
    }
}
