// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetUserMFAPreferenceRequest
 *
 * <p>Cognito shape {@code SetUserMFAPreferenceRequest}. Required: AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUserMFAPreferenceRequest(
        @JsonProperty("SMSMfaSettings") SMSMfaSettingsType smsMfaSettings,
        @JsonProperty("SoftwareTokenMfaSettings") SoftwareTokenMfaSettingsType softwareTokenMfaSettings,
        @JsonProperty("EmailMfaSettings") EmailMfaSettingsType emailMfaSettings,
        @JsonProperty("WebAuthnMfaSettings") WebAuthnMfaSettingsType webAuthnMfaSettings,
        @JsonProperty("AccessToken") String accessToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.smsMfaSettings = smsMfaSettings;
        b.softwareTokenMfaSettings = softwareTokenMfaSettings;
        b.emailMfaSettings = emailMfaSettings;
        b.webAuthnMfaSettings = webAuthnMfaSettings;
        b.accessToken = accessToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SetUserMFAPreferenceRequest["
                + "smsMfaSettings=" + smsMfaSettings
                + ", softwareTokenMfaSettings=" + softwareTokenMfaSettings
                + ", emailMfaSettings=" + emailMfaSettings
                + ", webAuthnMfaSettings=" + webAuthnMfaSettings
                + ", accessToken=" + (accessToken == null ? null : "***") + "]";
    }

    /** Builds {@link SetUserMFAPreferenceRequest}; unset members stay null. */
    public static final class Builder {
        private SMSMfaSettingsType smsMfaSettings;
        private SoftwareTokenMfaSettingsType softwareTokenMfaSettings;
        private EmailMfaSettingsType emailMfaSettings;
        private WebAuthnMfaSettingsType webAuthnMfaSettings;
        private String accessToken;

        private Builder() {
        }

        /** User preferences for SMS message MFA. */
        public Builder smsMfaSettings(SMSMfaSettingsType value) {
            this.smsMfaSettings = value;
            return this;
        }

        /** User preferences for time-based one-time password (TOTP) MFA. */
        public Builder softwareTokenMfaSettings(SoftwareTokenMfaSettingsType value) {
            this.softwareTokenMfaSettings = value;
            return this;
        }

        /** User preferences for email message MFA. */
        public Builder emailMfaSettings(EmailMfaSettingsType value) {
            this.emailMfaSettings = value;
            return this;
        }

        /** User preferences for passkey MFA. */
        public Builder webAuthnMfaSettings(WebAuthnMfaSettingsType value) {
            this.webAuthnMfaSettings = value;
            return this;
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Returns the record. */
        public SetUserMFAPreferenceRequest build() {
            return new SetUserMFAPreferenceRequest(smsMfaSettings, softwareTokenMfaSettings, emailMfaSettings, webAuthnMfaSettings, accessToken);
        }
    }
}
