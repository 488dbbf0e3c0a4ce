// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sends the forgot device request, as an administrator.
 *
 * <p>Cognito shape {@code AdminForgetDeviceRequest}. Required: UserPoolId, Username, DeviceKey.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminForgetDeviceRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("DeviceKey") String deviceKey) {

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
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminForgetDeviceRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", deviceKey=" + deviceKey + "]";
    }

    /** Builds {@link AdminForgetDeviceRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private String deviceKey;

        private Builder() {
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

        /** The key ID of the device that you want to delete. */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** Returns the record. */
        public AdminForgetDeviceRequest build() {
            return new AdminForgetDeviceRequest(userPoolId, username, deviceKey);
        }
    }
}
