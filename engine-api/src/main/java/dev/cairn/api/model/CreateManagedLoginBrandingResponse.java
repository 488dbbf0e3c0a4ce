// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CreateManagedLoginBrandingResponse
 *
 * <p>Cognito shape {@code CreateManagedLoginBrandingResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateManagedLoginBrandingResponse(
        @JsonProperty("ManagedLoginBranding") ManagedLoginBrandingType managedLoginBranding) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.managedLoginBranding = managedLoginBranding;
        return b;
    }

    /** Builds {@link CreateManagedLoginBrandingResponse}; unset members stay null. */
    public static final class Builder {
        private ManagedLoginBrandingType managedLoginBranding;

        private Builder() {
        }

        /** The details of the branding style that you created. */
        public Builder managedLoginBranding(ManagedLoginBrandingType value) {
            this.managedLoginBranding = value;
            return this;
        }

        /** Returns the record. */
        public CreateManagedLoginBrandingResponse build() {
            return new CreateManagedLoginBrandingResponse(managedLoginBranding);
        }
    }
}
