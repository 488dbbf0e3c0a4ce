// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * UpdateManagedLoginBrandingRequest
 *
 * <p>Cognito shape {@code UpdateManagedLoginBrandingRequest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateManagedLoginBrandingRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ManagedLoginBrandingId") String managedLoginBrandingId,
        @JsonProperty("UseCognitoProvidedValues") Boolean useCognitoProvidedValues,
        @JsonProperty("Settings") Object settings,
        @JsonProperty("Assets") List<AssetType> assets) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.managedLoginBrandingId = managedLoginBrandingId;
        b.useCognitoProvidedValues = useCognitoProvidedValues;
        b.settings = settings;
        b.assets = assets;
        return b;
    }

    /** Builds {@link UpdateManagedLoginBrandingRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String managedLoginBrandingId;
        private Boolean useCognitoProvidedValues;
        private Object settings;
        private List<AssetType> assets;

        private Builder() {
        }

        /** The ID of the user pool that contains the managed login branding style that you want to update. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the managed login branding style that you want to update. */
        public Builder managedLoginBrandingId(String value) {
            this.managedLoginBrandingId = value;
            return this;
        }

        /** When true , applies the default branding style options. */
        public Builder useCognitoProvidedValues(Boolean value) {
            this.useCognitoProvidedValues = value;
            return this;
        }

        /** A JSON file, encoded as a Document type, with the the settings that you want to apply to your style. */
        public Builder settings(Object value) {
            this.settings = value;
            return this;
        }

        /** An array of image files that you want to apply to roles like backgrounds, logos, and icons. */
        public Builder assets(List<AssetType> value) {
            this.assets = value;
            return this;
        }

        /** Sets Assets from the given values. */
        public Builder assets(AssetType... values) {
            this.assets = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UpdateManagedLoginBrandingRequest build() {
            return new UpdateManagedLoginBrandingRequest(userPoolId, managedLoginBrandingId, useCognitoProvidedValues, settings, assets);
        }
    }
}
