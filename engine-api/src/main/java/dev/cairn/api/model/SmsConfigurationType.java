// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * User pool configuration for delivery of SMS messages with Amazon Simple Notification Service.
 *
 * <p>Cognito shape {@code SmsConfigurationType}. Required: SnsCallerArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SmsConfigurationType(
        @JsonProperty("SnsCallerArn") String snsCallerArn,
        @JsonProperty("ExternalId") String externalId,
        @JsonProperty("SnsRegion") String snsRegion) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.snsCallerArn = snsCallerArn;
        b.externalId = externalId;
        b.snsRegion = snsRegion;
        return b;
    }

    /** Builds {@link SmsConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String snsCallerArn;
        private String externalId;
        private String snsRegion;

        private Builder() {
        }

        /** The Amazon Resource Name (ARN) of the Amazon SNS caller. */
        public Builder snsCallerArn(String value) {
            this.snsCallerArn = value;
            return this;
        }

        /** The external ID provides additional security for your IAM role. */
        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        /** The Amazon Web Services Region to use with Amazon SNS integration. */
        public Builder snsRegion(String value) {
            this.snsRegion = value;
            return this;
        }

        /** Returns the record. */
        public SmsConfigurationType build() {
            return new SmsConfigurationType(snsCallerArn, externalId, snsRegion);
        }
    }
}
