// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to update the device status.
 *
 * <p>Cognito shape {@code UpdateDeviceStatusRequest}. Required: AccessToken, DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateDeviceStatusRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("DeviceRememberedStatus") String deviceRememberedStatus) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.deviceKey = deviceKey;
        b.deviceRememberedStatus = deviceRememberedStatus;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UpdateDeviceStatusRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", deviceKey=" + deviceKey
                + ", deviceRememberedStatus=" + deviceRememberedStatus + "]";
    }

    /** Builds {@link UpdateDeviceStatusRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String deviceKey;
        private String deviceRememberedStatus;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The device key of the device you want to update, for example us-west-2_a1b2c3d4-5678-90ab-cdef-EXAMPLE11111 . */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** To enable device authentication with the specified device, set to remembered .To disable, set to not_remembered . */
        public Builder deviceRememberedStatus(String value) {
            this.deviceRememberedStatus = value;
            return this;
        }

        /** Returns the record. */
        public UpdateDeviceStatusRequest build() {
            return new UpdateDeviceStatusRequest(accessToken, deviceKey, deviceRememberedStatus);
        }
    }
}
