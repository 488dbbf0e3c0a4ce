// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * CreateManagedLoginBrandingRequest
 *
 * <p>Cognito shape {@code CreateManagedLoginBrandingRequest}. Required: UserPoolId, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateManagedLoginBrandingRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
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
        b.clientId = clientId;
        b.useCognitoProvidedValues = useCognitoProvidedValues;
        b.settings = settings;
        b.assets = assets;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "CreateManagedLoginBrandingRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", useCognitoProvidedValues=" + useCognitoProvidedValues
                + ", settings=" + settings
                + ", assets=" + assets + "]";
    }

    /** Builds {@link CreateManagedLoginBrandingRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private Boolean useCognitoProvidedValues;
        private Object settings;
        private List<AssetType> assets;

        private Builder() {
        }

        /** The ID of the user pool where you want to create a new branding style. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The app client that you want to create the branding style for. */
        public Builder clientId(String value) {
            this.clientId = value;
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

        /** An array of image files that you want to apply to functions like backgrounds, logos, and icons. */
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
        public CreateManagedLoginBrandingRequest build() {
            return new CreateManagedLoginBrandingRequest(userPoolId, clientId, useCognitoProvidedValues, settings, assets);
        }
    }
}
