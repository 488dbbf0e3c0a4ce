// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeManagedLoginBrandingByClientResponse
 *
 * <p>Cognito shape {@code DescribeManagedLoginBrandingByClientResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeManagedLoginBrandingByClientResponse(
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

    /** Builds {@link DescribeManagedLoginBrandingByClientResponse}; unset members stay null. */
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
        public DescribeManagedLoginBrandingByClientResponse build() {
            return new DescribeManagedLoginBrandingByClientResponse(managedLoginBranding);
        }
    }
}
