// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Information that your user pool responds with in AuthenticationResult when you configure it to remember devices and a user signs in with an unrecognized device.
 *
 * <p>Cognito shape {@code NewDeviceMetadataType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewDeviceMetadataType(
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("DeviceGroupKey") String deviceGroupKey) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceKey = deviceKey;
        b.deviceGroupKey = deviceGroupKey;
        return b;
    }

    /** Builds {@link NewDeviceMetadataType}; unset members stay null. */
    public static final class Builder {
        private String deviceKey;
        private String deviceGroupKey;

        private Builder() {
        }

        /** The device key, an identifier used in generating the DEVICE_PASSWORD_VERIFIER for device SRP authentication. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** The device group key, an identifier used in generating the DEVICE_PASSWORD_VERIFIER for device SRP authentication. */
        public Builder deviceGroupKey(String value) {
            this.deviceGroupKey = value;
            return this;
        }

        /** Returns the record. */
        public NewDeviceMetadataType build() {
            return new NewDeviceMetadataType(deviceKey, deviceGroupKey);
        }
    }
}
