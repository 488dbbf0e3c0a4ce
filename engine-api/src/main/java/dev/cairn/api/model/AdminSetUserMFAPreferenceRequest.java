// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminSetUserMFAPreferenceRequest
 *
 * <p>Cognito shape {@code AdminSetUserMFAPreferenceRequest}. Required: Username, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminSetUserMFAPreferenceRequest(
        @JsonProperty("SMSMfaSettings") SMSMfaSettingsType smsMfaSettings,
        @JsonProperty("SoftwareTokenMfaSettings") SoftwareTokenMfaSettingsType softwareTokenMfaSettings,
        @JsonProperty("EmailMfaSettings") EmailMfaSettingsType emailMfaSettings,
        @JsonProperty("WebAuthnMfaSettings") WebAuthnMfaSettingsType webAuthnMfaSettings,
        @JsonProperty("Username") String username,
        @JsonProperty("UserPoolId") String userPoolId) {

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
        b.username = username;
        b.userPoolId = userPoolId;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminSetUserMFAPreferenceRequest["
                + "smsMfaSettings=" + smsMfaSettings
                + ", softwareTokenMfaSettings=" + softwareTokenMfaSettings
                + ", emailMfaSettings=" + emailMfaSettings
                + ", webAuthnMfaSettings=" + webAuthnMfaSettings
                + ", username=" + (username == null ? null : "***")
                + ", userPoolId=" + userPoolId + "]";
    }

    /** Builds {@link AdminSetUserMFAPreferenceRequest}; unset members stay null. */
    public static final class Builder {
        private SMSMfaSettingsType smsMfaSettings;
        private SoftwareTokenMfaSettingsType softwareTokenMfaSettings;
        private EmailMfaSettingsType emailMfaSettings;
        private WebAuthnMfaSettingsType webAuthnMfaSettings;
        private String username;
        private String userPoolId;

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

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The ID of the user pool where you want to set a user's MFA preferences. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public AdminSetUserMFAPreferenceRequest build() {
            return new AdminSetUserMFAPreferenceRequest(smsMfaSettings, softwareTokenMfaSettings, emailMfaSettings, webAuthnMfaSettings, username, userPoolId);
        }
    }
}
