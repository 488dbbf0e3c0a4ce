// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The device-remembering configuration for a user pool.
 *
 * <p>Cognito shape {@code DeviceConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceConfigurationType(
        @JsonProperty("ChallengeRequiredOnNewDevice") Boolean challengeRequiredOnNewDevice,
        @JsonProperty("DeviceOnlyRememberedOnUserPrompt") Boolean deviceOnlyRememberedOnUserPrompt) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.challengeRequiredOnNewDevice = challengeRequiredOnNewDevice;
        b.deviceOnlyRememberedOnUserPrompt = deviceOnlyRememberedOnUserPrompt;
        return b;
    }

    /** Builds {@link DeviceConfigurationType}; unset members stay null. */
    public static final class Builder {
        private Boolean challengeRequiredOnNewDevice;
        private Boolean deviceOnlyRememberedOnUserPrompt;

        private Builder() {
        }

        /** When true, a remembered device can sign in with device authentication instead of SMS and time-based one-time password (TOTP) factors for multi-factor authentication (MFA). */
        public Builder challengeRequiredOnNewDevice(Boolean value) {
            this.challengeRequiredOnNewDevice = value;
            return this;
        }

        /** When true, Amazon Cognito doesn't automatically remember a user's device when your app sends a ConfirmDevice API request. */
        public Builder deviceOnlyRememberedOnUserPrompt(Boolean value) {
            this.deviceOnlyRememberedOnUserPrompt = value;
            return this;
        }

        /** Returns the record. */
        public DeviceConfigurationType build() {
            return new DeviceConfigurationType(challengeRequiredOnNewDevice, deviceOnlyRememberedOnUserPrompt);
        }
    }
}
