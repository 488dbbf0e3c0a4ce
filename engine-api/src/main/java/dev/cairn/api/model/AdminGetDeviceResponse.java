// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gets the device response, as an administrator.
 *
 * <p>Cognito shape {@code AdminGetDeviceResponse}. Required: Device.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminGetDeviceResponse(
        @JsonProperty("Device") DeviceType device) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.device = device;
        return b;
    }

    /** Builds {@link AdminGetDeviceResponse}; unset members stay null. */
    public static final class Builder {
        private DeviceType device;

        private Builder() {
        }

        /** Details of the requested device. */
        public Builder device(DeviceType value) {
            this.device = value;
            return this;
        }

        /** Returns the record. */
        public AdminGetDeviceResponse build() {
            return new AdminGetDeviceResponse(device);
        }
    }
}
