// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A managed login branding style that's assigned to a user pool app client.
 *
 * <p>Cognito shape {@code ManagedLoginBrandingType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagedLoginBrandingType(
        @JsonProperty("ManagedLoginBrandingId") String managedLoginBrandingId,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("UseCognitoProvidedValues") Boolean useCognitoProvidedValues,
        @JsonProperty("Settings") Object settings,
        @JsonProperty("Assets") List<AssetType> assets,
        @JsonProperty("CreationDate") Instant creationDate,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.managedLoginBrandingId = managedLoginBrandingId;
        b.userPoolId = userPoolId;
        b.useCognitoProvidedValues = useCognitoProvidedValues;
        b.settings = settings;
        b.assets = assets;
        b.creationDate = creationDate;
        b.lastModifiedDate = lastModifiedDate;
        return b;
    }

    /** Builds {@link ManagedLoginBrandingType}; unset members stay null. */
    public static final class Builder {
        private String managedLoginBrandingId;
        private String userPoolId;
        private Boolean useCognitoProvidedValues;
        private Object settings;
        private List<AssetType> assets;
        private Instant creationDate;
        private Instant lastModifiedDate;

        private Builder() {
        }

        /** The ID of the managed login branding style. */
        public Builder managedLoginBrandingId(String value) {
            this.managedLoginBrandingId = value;
            return this;
        }

        /** The user pool where the branding style is assigned. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** When true, applies the default branding style options. */
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

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** Returns the record. */
        public ManagedLoginBrandingType build() {
            return new ManagedLoginBrandingType(managedLoginBrandingId, userPoolId, useCognitoProvidedValues, settings, assets, creationDate, lastModifiedDate);
        }
    }
}
