// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The minimum and maximum values of an attribute that is of the number type, for example custom:age .
 *
 * <p>Cognito shape {@code NumberAttributeConstraintsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberAttributeConstraintsType(
        @JsonProperty("MinValue") String minValue,
        @JsonProperty("MaxValue") String maxValue) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minValue = minValue;
        b.maxValue = maxValue;
        return b;
    }

    /** Builds {@link NumberAttributeConstraintsType}; unset members stay null. */
    public static final class Builder {
        private String minValue;
        private String maxValue;

        private Builder() {
        }

        /** The minimum value of an attribute that is of the number data type. */
        public Builder minValue(String value) {
            this.minValue = value;
            return this;
        }

        /** The maximum length of a number attribute value. */
        public Builder maxValue(String value) {
            this.maxValue = value;
            return this;
        }

        /** Returns the record. */
        public NumberAttributeConstraintsType build() {
            return new NumberAttributeConstraintsType(minValue, maxValue);
        }
    }
}
