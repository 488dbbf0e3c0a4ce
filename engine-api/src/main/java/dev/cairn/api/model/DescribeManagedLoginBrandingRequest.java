// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DescribeManagedLoginBrandingRequest
 *
 * <p>Cognito shape {@code DescribeManagedLoginBrandingRequest}. Required: UserPoolId, ManagedLoginBrandingId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeManagedLoginBrandingRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ManagedLoginBrandingId") String managedLoginBrandingId,
        @JsonProperty("ReturnMergedResources") Boolean returnMergedResources) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.managedLoginBrandingId = managedLoginBrandingId;
        b.returnMergedResources = returnMergedResources;
        return b;
    }

    /** Builds {@link DescribeManagedLoginBrandingRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String managedLoginBrandingId;
        private Boolean returnMergedResources;

        private Builder() {
        }

        /** The ID of the user pool that contains the managed login branding style that you want to get information about. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the managed login branding style that you want to get more information about. */
        public Builder managedLoginBrandingId(String value) {
            this.managedLoginBrandingId = value;
            return this;
        }

        /** When true , returns values for branding options that are unchanged from Amazon Cognito defaults. */
        public Builder returnMergedResources(Boolean value) {
            this.returnMergedResources = value;
            return this;
        }

        /** Returns the record. */
        public DescribeManagedLoginBrandingRequest build() {
            return new DescribeManagedLoginBrandingRequest(userPoolId, managedLoginBrandingId, returnMergedResources);
        }
    }
}
