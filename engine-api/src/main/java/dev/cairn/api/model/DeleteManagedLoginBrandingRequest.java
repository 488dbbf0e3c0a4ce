// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteManagedLoginBrandingRequest
 *
 * <p>Cognito shape {@code DeleteManagedLoginBrandingRequest}. Required: ManagedLoginBrandingId, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteManagedLoginBrandingRequest(
        @JsonProperty("ManagedLoginBrandingId") String managedLoginBrandingId,
        @JsonProperty("UserPoolId") String userPoolId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.managedLoginBrandingId = managedLoginBrandingId;
        b.userPoolId = userPoolId;
        return b;
    }

    /** Builds {@link DeleteManagedLoginBrandingRequest}; unset members stay null. */
    public static final class Builder {
        private String managedLoginBrandingId;
        private String userPoolId;

        private Builder() {
        }

        /** The ID of the managed login branding style that you want to delete. */
        public Builder managedLoginBrandingId(String value) {
            this.managedLoginBrandingId = value;
            return this;
        }

        /** The ID of the user pool that contains the managed login branding style that you want to delete. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteManagedLoginBrandingRequest build() {
            return new DeleteManagedLoginBrandingRequest(managedLoginBrandingId, userPoolId);
        }
    }
}
