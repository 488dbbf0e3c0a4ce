// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to add custom attributes.
 *
 * <p>Cognito shape {@code AddCustomAttributesRequest}. Required: UserPoolId, CustomAttributes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddCustomAttributesRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("CustomAttributes") List<SchemaAttributeType> customAttributes) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.customAttributes = customAttributes;
        return b;
    }

    /** Builds {@link AddCustomAttributesRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private List<SchemaAttributeType> customAttributes;

        private Builder() {
        }

        /** The ID of the user pool where you want to add custom attributes. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** An array of custom attribute names and other properties. */
        public Builder customAttributes(List<SchemaAttributeType> value) {
            this.customAttributes = value;
            return this;
        }

        /** Sets CustomAttributes from the given values. */
        public Builder customAttributes(SchemaAttributeType... values) {
            this.customAttributes = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public AddCustomAttributesRequest build() {
            return new AddCustomAttributesRequest(userPoolId, customAttributes);
        }
    }
}
