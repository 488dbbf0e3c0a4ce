// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The confirm-device request.
 *
 * <p>Cognito shape {@code ConfirmDeviceRequest}. Required: AccessToken, DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmDeviceRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("DeviceSecretVerifierConfig") DeviceSecretVerifierConfigType deviceSecretVerifierConfig,
        @JsonProperty("DeviceName") String deviceName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.deviceKey = deviceKey;
        b.deviceSecretVerifierConfig = deviceSecretVerifierConfig;
        b.deviceName = deviceName;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ConfirmDeviceRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", deviceKey=" + deviceKey
                + ", deviceSecretVerifierConfig=" + deviceSecretVerifierConfig
                + ", deviceName=" + deviceName + "]";
    }

    /** Builds {@link ConfirmDeviceRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String deviceKey;
        private DeviceSecretVerifierConfigType deviceSecretVerifierConfig;
        private String deviceName;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The unique identifier, or device key, of the device that you want to update the status for. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** The configuration of the device secret verifier. */
        public Builder deviceSecretVerifierConfig(DeviceSecretVerifierConfigType value) {
            this.deviceSecretVerifierConfig = value;
            return this;
        }

        /** A friendly name for the device, for example MyMobilePhone . */
        public Builder deviceName(String value) {
            this.deviceName = value;
            return this;
        }

        /** Returns the record. */
        public ConfirmDeviceRequest build() {
            return new ConfirmDeviceRequest(accessToken, deviceKey, deviceSecretVerifierConfig, deviceName);
        }
    }
}
