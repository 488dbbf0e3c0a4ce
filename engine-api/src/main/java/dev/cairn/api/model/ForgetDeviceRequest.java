// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to forget the device.
 *
 * <p>Cognito shape {@code ForgetDeviceRequest}. Required: DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForgetDeviceRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("DeviceKey") String deviceKey) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.deviceKey = deviceKey;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ForgetDeviceRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", deviceKey=" + deviceKey + "]";
    }

    /** Builds {@link ForgetDeviceRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String deviceKey;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The unique identifier, or device key, of the device that the user wants to forget. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** Returns the record. */
        public ForgetDeviceRequest build() {
            return new ForgetDeviceRequest(accessToken, deviceKey);
        }
    }
}
