// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Lists the device's response, as an administrator.
 *
 * <p>Cognito shape {@code AdminListDevicesResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListDevicesResponse(
        @JsonProperty("Devices") List<DeviceType> devices,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.devices = devices;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Builds {@link AdminListDevicesResponse}; unset members stay null. */
    public static final class Builder {
        private List<DeviceType> devices;
        private String paginationToken;

        private Builder() {
        }

        /** An array of devices and their information. */
        public Builder devices(List<DeviceType> value) {
            this.devices = value;
            return this;
        }

        /** Sets Devices from the given values. */
        public Builder devices(DeviceType... values) {
            this.devices = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** Returns the record. */
        public AdminListDevicesResponse build() {
            return new AdminListDevicesResponse(devices, paginationToken);
        }
    }
}
