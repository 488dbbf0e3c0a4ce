// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The minimum and maximum length values of an attribute that is of the string type, for example custom:department .
 *
 * <p>Cognito shape {@code StringAttributeConstraintsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StringAttributeConstraintsType(
        @JsonProperty("MinLength") String minLength,
        @JsonProperty("MaxLength") String maxLength) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minLength = minLength;
        b.maxLength = maxLength;
        return b;
    }

    /** Builds {@link StringAttributeConstraintsType}; unset members stay null. */
    public static final class Builder {
        private String minLength;
        private String maxLength;

        private Builder() {
        }

        /** The minimum length of a string attribute value. */
        public Builder minLength(String value) {
            this.minLength = value;
            return this;
        }

        /** The maximum length of a string attribute value. */
        public Builder maxLength(String value) {
            this.maxLength = value;
            return this;
        }

        /** Returns the record. */
        public StringAttributeConstraintsType build() {
            return new StringAttributeConstraintsType(minLength, maxLength);
        }
    }
}
