// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The name and value of a user attribute.
 *
 * <p>Cognito shape {@code AttributeType}. Required: Name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttributeType(
        @JsonProperty("Name") String name,
        @JsonProperty("Value") String value) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.value = value;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AttributeType["
                + "name=" + name
                + ", value=" + (value == null ? null : "***") + "]";
    }

    /** Builds {@link AttributeType}; unset members stay null. */
    public static final class Builder {
        private String name;
        private String value;

        private Builder() {
        }

        /** The name of the attribute, for example email or custom:department . */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** The value of the attribute. */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** Returns the record. */
        public AttributeType build() {
            return new AttributeType(name, value);
        }
    }
}
