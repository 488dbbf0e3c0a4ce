// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request to update the device status, as an administrator.
 *
 * <p>Cognito shape {@code AdminUpdateDeviceStatusRequest}. Required: UserPoolId, Username, DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUpdateDeviceStatusRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("DeviceRememberedStatus") String deviceRememberedStatus) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.deviceKey = deviceKey;
        b.deviceRememberedStatus = deviceRememberedStatus;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminUpdateDeviceStatusRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", deviceKey=" + deviceKey
                + ", deviceRememberedStatus=" + deviceRememberedStatus + "]";
    }

    /** Builds {@link AdminUpdateDeviceStatusRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private String deviceKey;
        private String deviceRememberedStatus;

        private Builder() {
        }

        /** The ID of the user pool where you want to change a user's device status. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The unique identifier, or device key, of the device that you want to update the status for. */
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
        public AdminUpdateDeviceStatusRequest build() {
            return new AdminUpdateDeviceStatusRequest(userPoolId, username, deviceKey, deviceRememberedStatus);
        }
    }
}
