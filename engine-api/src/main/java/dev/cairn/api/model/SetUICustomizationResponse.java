// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetUICustomizationResponse
 *
 * <p>Cognito shape {@code SetUICustomizationResponse}. Required: UICustomization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetUICustomizationResponse(
        @JsonProperty("UICustomization") UICustomizationType uiCustomization) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.uiCustomization = uiCustomization;
        return b;
    }

    /** Builds {@link SetUICustomizationResponse}; unset members stay null. */
    public static final class Builder {
        private UICustomizationType uiCustomization;

        private Builder() {
        }

        /** Information about the hosted UI branding that you applied. */
        public Builder uiCustomization(UICustomizationType value) {
            this.uiCustomization = value;
            return this;
        }

        /** Returns the record. */
        public SetUICustomizationResponse build() {
            return new SetUICustomizationResponse(uiCustomization);
        }
    }
}
