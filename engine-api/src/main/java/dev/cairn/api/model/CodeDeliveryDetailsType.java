// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The delivery details for an email or SMS message that Amazon Cognito sent for authentication or verification.
 *
 * <p>Cognito shape {@code CodeDeliveryDetailsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodeDeliveryDetailsType(
        @JsonProperty("Destination") String destination,
        @JsonProperty("DeliveryMedium") String deliveryMedium,
        @JsonProperty("AttributeName") String attributeName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.destination = destination;
        b.deliveryMedium = deliveryMedium;
        b.attributeName = attributeName;
        return b;
    }

    /** Builds {@link CodeDeliveryDetailsType}; unset members stay null. */
    public static final class Builder {
        private String destination;
        private String deliveryMedium;
        private String attributeName;

        private Builder() {
        }

        /** The email address or phone number destination where Amazon Cognito sent the code. */
        public Builder destination(String value) {
            this.destination = value;
            return this;
        }

        /** The method that Amazon Cognito used to send the code. */
        public Builder deliveryMedium(String value) {
            this.deliveryMedium = value;
            return this;
        }

        /** The name of the attribute that Amazon Cognito verifies with the code. */
        public Builder attributeName(String value) {
            this.attributeName = value;
            return this;
        }

        /** Returns the record. */
        public CodeDeliveryDetailsType build() {
            return new CodeDeliveryDetailsType(destination, deliveryMedium, attributeName);
        }
    }
}
