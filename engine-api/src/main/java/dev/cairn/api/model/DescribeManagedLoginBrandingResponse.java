// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeManagedLoginBrandingResponse
 *
 * <p>Cognito shape {@code DescribeManagedLoginBrandingResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeManagedLoginBrandingResponse(
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

    /** Builds {@link DescribeManagedLoginBrandingResponse}; unset members stay null. */
    public static final class Builder {
        private ManagedLoginBrandingType managedLoginBranding;

        private Builder() {
        }

        /** The details of the requested branding style. */
        public Builder managedLoginBranding(ManagedLoginBrandingType value) {
            this.managedLoginBranding = value;
            return this;
        }

        /** Returns the record. */
        public DescribeManagedLoginBrandingResponse build() {
            return new DescribeManagedLoginBrandingResponse(managedLoginBranding);
        }
    }
}
