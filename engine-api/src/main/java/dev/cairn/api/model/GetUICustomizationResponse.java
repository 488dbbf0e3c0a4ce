// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetUICustomizationResponse
 *
 * <p>Cognito shape {@code GetUICustomizationResponse}. Required: UICustomization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUICustomizationResponse(
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

    /** Builds {@link GetUICustomizationResponse}; unset members stay null. */
    public static final class Builder {
        private UICustomizationType uiCustomization;

        private Builder() {
        }

        /** Information about the classic hosted UI custom CSS and logo-image branding that you applied to the user pool or app client. */
        public Builder uiCustomization(UICustomizationType value) {
            this.uiCustomization = value;
            return this;
        }

        /** Returns the record. */
        public GetUICustomizationResponse build() {
            return new GetUICustomizationResponse(uiCustomization);
        }
    }
}
