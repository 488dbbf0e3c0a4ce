// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * UpdateManagedLoginBrandingResponse
 *
 * <p>Cognito shape {@code UpdateManagedLoginBrandingResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateManagedLoginBrandingResponse(
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

    /** Builds {@link UpdateManagedLoginBrandingResponse}; unset members stay null. */
    public static final class Builder {
        private ManagedLoginBrandingType managedLoginBranding;

        private Builder() {
        }

        /** The details of the branding style that you updated. */
        public Builder managedLoginBranding(ManagedLoginBrandingType value) {
            this.managedLoginBranding = value;
            return this;
        }

        /** Returns the record. */
        public UpdateManagedLoginBrandingResponse build() {
            return new UpdateManagedLoginBrandingResponse(managedLoginBranding);
        }
    }
}
