// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Contextual data, such as the user's device fingerprint, IP address, or location, used for evaluating the risk of an unexpected event by Amazon Cognito threat protection.
 *
 * <p>Cognito shape {@code UserContextDataType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserContextDataType(
        @JsonProperty("IpAddress") String ipAddress,
        @JsonProperty("EncodedData") String encodedData) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ipAddress = ipAddress;
        b.encodedData = encodedData;
        return b;
    }

    /** Builds {@link UserContextDataType}; unset members stay null. */
    public static final class Builder {
        private String ipAddress;
        private String encodedData;

        private Builder() {
        }

        /** The source IP address of your user's device. */
        public Builder ipAddress(String value) {
            this.ipAddress = value;
            return this;
        }

        /** Encoded device-fingerprint details that your app collected with the Amazon Cognito context data collection library. */
        public Builder encodedData(String value) {
            this.encodedData = value;
            return this;
        }

        /** Returns the record. */
        public UserContextDataType build() {
            return new UserContextDataType(ipAddress, encodedData);
        }
    }
}
