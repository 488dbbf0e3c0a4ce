// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The settings for updates to user attributes.
 *
 * <p>Cognito shape {@code UserAttributeUpdateSettingsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserAttributeUpdateSettingsType(
        @JsonProperty("AttributesRequireVerificationBeforeUpdate") List<String> attributesRequireVerificationBeforeUpdate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.attributesRequireVerificationBeforeUpdate = attributesRequireVerificationBeforeUpdate;
        return b;
    }

    /** Builds {@link UserAttributeUpdateSettingsType}; unset members stay null. */
    public static final class Builder {
        private List<String> attributesRequireVerificationBeforeUpdate;

        private Builder() {
        }

        /** Requires that your user verifies their email address, phone number, or both before Amazon Cognito updates the value of that attribute. */
        public Builder attributesRequireVerificationBeforeUpdate(List<String> value) {
            this.attributesRequireVerificationBeforeUpdate = value;
            return this;
        }

        /** Sets AttributesRequireVerificationBeforeUpdate from the given values. */
        public Builder attributesRequireVerificationBeforeUpdate(String... values) {
            this.attributesRequireVerificationBeforeUpdate = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UserAttributeUpdateSettingsType build() {
            return new UserAttributeUpdateSettingsType(attributesRequireVerificationBeforeUpdate);
        }
    }
}
