// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to get the device.
 *
 * <p>Cognito shape {@code GetDeviceRequest}. Required: DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetDeviceRequest(
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("AccessToken") String accessToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceKey = deviceKey;
        b.accessToken = accessToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetDeviceRequest["
                + "deviceKey=" + deviceKey
                + ", accessToken=" + (accessToken == null ? null : "***") + "]";
    }

    /** Builds {@link GetDeviceRequest}; unset members stay null. */
    public static final class Builder {
        private String deviceKey;
        private String accessToken;

        private Builder() {
        }

        /** The key of the device that you want to get information about. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Returns the record. */
        public GetDeviceRequest build() {
            return new GetDeviceRequest(deviceKey, accessToken);
        }
    }
}
