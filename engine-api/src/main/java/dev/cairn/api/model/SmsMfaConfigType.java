// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration of multi-factor authentication (MFA) with SMS messages in a user pool.
 *
 * <p>Cognito shape {@code SmsMfaConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SmsMfaConfigType(
        @JsonProperty("SmsAuthenticationMessage") String smsAuthenticationMessage,
        @JsonProperty("SmsConfiguration") SmsConfigurationType smsConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.smsAuthenticationMessage = smsAuthenticationMessage;
        b.smsConfiguration = smsConfiguration;
        return b;
    }

    /** Builds {@link SmsMfaConfigType}; unset members stay null. */
    public static final class Builder {
        private String smsAuthenticationMessage;
        private SmsConfigurationType smsConfiguration;

        private Builder() {
        }

        /** The SMS authentication message that will be sent to users with the code they must sign in with. */
        public Builder smsAuthenticationMessage(String value) {
            this.smsAuthenticationMessage = value;
            return this;
        }

        /** User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. */
        public Builder smsConfiguration(SmsConfigurationType value) {
            this.smsConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public SmsMfaConfigType build() {
            return new SmsMfaConfigType(smsAuthenticationMessage, smsConfiguration);
        }
    }
}
