// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetUserPoolMfaConfigRequest
 *
 * <p>Cognito shape {@code SetUserPoolMfaConfigRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUserPoolMfaConfigRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("SmsMfaConfiguration") SmsMfaConfigType smsMfaConfiguration,
        @JsonProperty("SoftwareTokenMfaConfiguration") SoftwareTokenMfaConfigType softwareTokenMfaConfiguration,
        @JsonProperty("EmailMfaConfiguration") EmailMfaConfigType emailMfaConfiguration,
        @JsonProperty("MfaConfiguration") String mfaConfiguration,
        @JsonProperty("WebAuthnConfiguration") WebAuthnConfigurationType webAuthnConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.smsMfaConfiguration = smsMfaConfiguration;
        b.softwareTokenMfaConfiguration = softwareTokenMfaConfiguration;
        b.emailMfaConfiguration = emailMfaConfiguration;
        b.mfaConfiguration = mfaConfiguration;
        b.webAuthnConfiguration = webAuthnConfiguration;
        return b;
    }

    /** Builds {@link SetUserPoolMfaConfigRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private SmsMfaConfigType smsMfaConfiguration;
        private SoftwareTokenMfaConfigType softwareTokenMfaConfiguration;
        private EmailMfaConfigType emailMfaConfiguration;
        private String mfaConfiguration;
        private WebAuthnConfigurationType webAuthnConfiguration;

        private Builder() {
        }

        /** The user pool ID. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Configures user pool SMS messages for MFA. */
        public Builder smsMfaConfiguration(SmsMfaConfigType value) {
            this.smsMfaConfiguration = value;
            return this;
        }

        /** Configures a user pool for time-based one-time password (TOTP) MFA. */
        public Builder softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType value) {
            this.softwareTokenMfaConfiguration = value;
            return this;
        }

        /** Sets configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). */
        public Builder emailMfaConfiguration(EmailMfaConfigType value) {
            this.emailMfaConfiguration = value;
            return this;
        }

        /** Sets multi-factor authentication (MFA) to be on, off, or optional. */
        public Builder mfaConfiguration(String value) {
            this.mfaConfiguration = value;
            return this;
        }

        /** The configuration of your user pool for passkey, or WebAuthn, authentication and registration. */
        public Builder webAuthnConfiguration(WebAuthnConfigurationType value) {
            this.webAuthnConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public SetUserPoolMfaConfigRequest build() {
            return new SetUserPoolMfaConfigRequest(userPoolId, smsMfaConfiguration, softwareTokenMfaConfiguration, emailMfaConfiguration, mfaConfiguration, webAuthnConfiguration);
        }
    }
}
