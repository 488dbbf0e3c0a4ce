// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * This data type is no longer supported.
 *
 * <p>Cognito shape {@code MFAOptionType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MFAOptionType(
        @JsonProperty("DeliveryMedium") String deliveryMedium,
        @JsonProperty("AttributeName") String attributeName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.deliveryMedium = deliveryMedium;
        b.attributeName = attributeName;
        return b;
    }

    /** Builds {@link MFAOptionType}; unset members stay null. */
    public static final class Builder {
        private String deliveryMedium;
        private String attributeName;

        private Builder() {
        }

        /** The delivery medium to send the MFA code. */
        public Builder deliveryMedium(String value) {
            this.deliveryMedium = value;
            return this;
        }

        /** The attribute name of the MFA option type. */
        public Builder attributeName(String value) {
            this.attributeName = value;
            return this;
        }

        /** Returns the record. */
        public MFAOptionType build() {
            return new MFAOptionType(deliveryMedium, attributeName);
        }
    }
}
