// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetUserPoolMfaConfigResponse
 *
 * <p>Cognito shape {@code SetUserPoolMfaConfigResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUserPoolMfaConfigResponse(
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
        b.smsMfaConfiguration = smsMfaConfiguration;
        b.softwareTokenMfaConfiguration = softwareTokenMfaConfiguration;
        b.emailMfaConfiguration = emailMfaConfiguration;
        b.mfaConfiguration = mfaConfiguration;
        b.webAuthnConfiguration = webAuthnConfiguration;
        return b;
    }

    /** Builds {@link SetUserPoolMfaConfigResponse}; unset members stay null. */
    public static final class Builder {
        private SmsMfaConfigType smsMfaConfiguration;
        private SoftwareTokenMfaConfigType softwareTokenMfaConfiguration;
        private EmailMfaConfigType emailMfaConfiguration;
        private String mfaConfiguration;
        private WebAuthnConfigurationType webAuthnConfiguration;

        private Builder() {
        }

        /** Shows user pool SMS message configuration for MFA and sign-in with SMS-message OTPs. */
        public Builder smsMfaConfiguration(SmsMfaConfigType value) {
            this.smsMfaConfiguration = value;
            return this;
        }

        /** Shows user pool configuration for time-based one-time password (TOTP) MFA. */
        public Builder softwareTokenMfaConfiguration(SoftwareTokenMfaConfigType value) {
            this.softwareTokenMfaConfiguration = value;
            return this;
        }

        /** Shows configuration for user pool email message MFA and sign-in with one-time passwords (OTPs). */
        public Builder emailMfaConfiguration(EmailMfaConfigType value) {
            this.emailMfaConfiguration = value;
            return this;
        }

        /** Displays multi-factor authentication (MFA) as on, off, or optional. */
        public Builder mfaConfiguration(String value) {
            this.mfaConfiguration = value;
            return this;
        }

        /** The configuration of your user pool for passkey, or WebAuthn, sign-in with authenticators such as biometric and security-key devices. */
        public Builder webAuthnConfiguration(WebAuthnConfigurationType value) {
            this.webAuthnConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public SetUserPoolMfaConfigResponse build() {
            return new SetUserPoolMfaConfigResponse(smsMfaConfiguration, softwareTokenMfaConfiguration, emailMfaConfiguration, mfaConfiguration, webAuthnConfiguration);
        }
    }
}
