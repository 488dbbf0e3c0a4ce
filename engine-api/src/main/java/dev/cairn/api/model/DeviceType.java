// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Information about a user's device that they've registered for device SRP authentication in your application.
 *
 * <p>Cognito shape {@code DeviceType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceType(
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("DeviceAttributes") List<AttributeType> deviceAttributes,
        @JsonProperty("DeviceCreateDate") Instant deviceCreateDate,
        @JsonProperty("DeviceLastModifiedDate") Instant deviceLastModifiedDate,
        @JsonProperty("DeviceLastAuthenticatedDate") Instant deviceLastAuthenticatedDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deviceKey = deviceKey;
        b.deviceAttributes = deviceAttributes;
        b.deviceCreateDate = deviceCreateDate;
        b.deviceLastModifiedDate = deviceLastModifiedDate;
        b.deviceLastAuthenticatedDate = deviceLastAuthenticatedDate;
        return b;
    }

    /** Builds {@link DeviceType}; unset members stay null. */
    public static final class Builder {
        private String deviceKey;
        private List<AttributeType> deviceAttributes;
        private Instant deviceCreateDate;
        private Instant deviceLastModifiedDate;
        private Instant deviceLastAuthenticatedDate;

        private Builder() {
        }

        /** The device key, for example us-west-2_EXAMPLE-a1b2c3d4-5678-90ab-cdef-EXAMPLE22222 . */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** Metadata about a user's device, like name and last-access source IP. */
        public Builder deviceAttributes(List<AttributeType> value) {
            this.deviceAttributes = value;
            return this;
        }

        /** Sets DeviceAttributes from the given values. */
        public Builder deviceAttributes(AttributeType... values) {
            this.deviceAttributes = Arrays.asList(values);
            return this;
        }

        /** The date and time when the item was created. */
        public Builder deviceCreateDate(Instant value) {
            this.deviceCreateDate = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder deviceLastModifiedDate(Instant value) {
            this.deviceLastModifiedDate = value;
            return this;
        }

        /** The date when the user last signed in with the device. */
        public Builder deviceLastAuthenticatedDate(Instant value) {
            this.deviceLastAuthenticatedDate = value;
            return this;
        }

        /** Returns the record. */
        public DeviceType build() {
            return new DeviceType(deviceKey, deviceAttributes, deviceCreateDate, deviceLastModifiedDate, deviceLastAuthenticatedDate);
        }
    }
}
