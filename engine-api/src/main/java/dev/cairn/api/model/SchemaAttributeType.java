// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list of the user attributes and their properties in your user pool.
 *
 * <p>Cognito shape {@code SchemaAttributeType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaAttributeType(
        @JsonProperty("Name") String name,
        @JsonProperty("AttributeDataType") String attributeDataType,
        @JsonProperty("DeveloperOnlyAttribute") Boolean developerOnlyAttribute,
        @JsonProperty("Mutable") Boolean mutable,
        @JsonProperty("Required") Boolean required,
        @JsonProperty("NumberAttributeConstraints") NumberAttributeConstraintsType numberAttributeConstraints,
        @JsonProperty("StringAttributeConstraints") StringAttributeConstraintsType stringAttributeConstraints) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.attributeDataType = attributeDataType;
        b.developerOnlyAttribute = developerOnlyAttribute;
        b.mutable = mutable;
        b.required = required;
        b.numberAttributeConstraints = numberAttributeConstraints;
        b.stringAttributeConstraints = stringAttributeConstraints;
        return b;
    }

    /** Builds {@link SchemaAttributeType}; unset members stay null. */
    public static final class Builder {
        private String name;
        private String attributeDataType;
        private Boolean developerOnlyAttribute;
        private Boolean mutable;
        private Boolean required;
        private NumberAttributeConstraintsType numberAttributeConstraints;
        private StringAttributeConstraintsType stringAttributeConstraints;

        private Builder() {
        }

        /** The name of your user pool attribute. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** The data format of the values for your attribute. */
        public Builder attributeDataType(String value) {
            this.attributeDataType = value;
            return this;
        }

        /** You should use WriteAttributes in the user pool client to control how attributes can be mutated for new use cases instead of using DeveloperOnlyAttribute . */
        public Builder developerOnlyAttribute(Boolean value) {
            this.developerOnlyAttribute = value;
            return this;
        }

        /** Specifies whether the value of the attribute can be changed. */
        public Builder mutable(Boolean value) {
            this.mutable = value;
            return this;
        }

        /** Specifies whether a user pool attribute is required. */
        public Builder required(Boolean value) {
            this.required = value;
            return this;
        }

        /** Specifies the constraints for an attribute of the number type. */
        public Builder numberAttributeConstraints(NumberAttributeConstraintsType value) {
            this.numberAttributeConstraints = value;
            return this;
        }

        /** Specifies the constraints for an attribute of the string type. */
        public Builder stringAttributeConstraints(StringAttributeConstraintsType value) {
            this.stringAttributeConstraints = value;
            return this;
        }

        /** Returns the record. */
        public SchemaAttributeType build() {
            return new SchemaAttributeType(name, attributeDataType, developerOnlyAttribute, mutable, required, numberAttributeConstraints, stringAttributeConstraints);
        }
    }
}
