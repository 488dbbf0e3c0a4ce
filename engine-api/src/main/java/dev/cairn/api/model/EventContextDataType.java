// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The context data that your application submitted in an authentication request with threat protection, as displayed in an AdminListUserAuthEvents response.
 *
 * <p>Cognito shape {@code EventContextDataType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventContextDataType(
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("DeviceName") String deviceName,
        @JsonProperty("Timezone") String timezone,
        @JsonProperty("City") String city,
        @JsonProperty("Country") String country) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ipAddress = ipAddress;
        b.deviceName = deviceName;
        b.timezone = timezone;
        b.city = city;
        b.country = country;
        return b;
    }

    /** Builds {@link EventContextDataType}; unset members stay null. */
    public static final class Builder {
        private String ipAddress;
        private String deviceName;
        private String timezone;
        private String city;
        private String country;

        private Builder() {
        }

        /** The source IP address of your user's device. */
        public Builder ipAddress(String value) {
            this.ipAddress = value;
            return this;
        }

        /** The user's device name. */
        public Builder deviceName(String value) {
            this.deviceName = value;
            return this;
        }

        /** The user's time zone. */
        public Builder timezone(String value) {
            this.timezone = value;
            return this;
        }

        /** The user's city. */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /** The user's country. */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** Returns the record. */
        public EventContextDataType build() {
            return new EventContextDataType(ipAddress, deviceName, timezone, city, country);
        }
    }
}
