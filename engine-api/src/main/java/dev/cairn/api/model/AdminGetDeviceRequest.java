// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to get the device, as an administrator.
 *
 * <p>Cognito shape {@code AdminGetDeviceRequest}. Required: DeviceKey, UserPoolId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminGetDeviceRequest(
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceKey = deviceKey;
        b.userPoolId = userPoolId;
        b.username = username;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminGetDeviceRequest["
                + "deviceKey=" + deviceKey
                + ", userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***") + "]";
    }

    /** Builds {@link AdminGetDeviceRequest}; unset members stay null. */
    public static final class Builder {
        private String deviceKey;
        private String userPoolId;
        private String username;

        private Builder() {
        }

        /** The key of the device that you want to delete. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** The ID of the user pool where the device owner is a user. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** Returns the record. */
        public AdminGetDeviceRequest build() {
            return new AdminGetDeviceRequest(deviceKey, userPoolId, username);
        }
    }
}
