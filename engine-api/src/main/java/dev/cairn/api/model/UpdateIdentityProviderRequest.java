// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * UpdateIdentityProviderRequest
 *
 * <p>Cognito shape {@code UpdateIdentityProviderRequest}. Required: UserPoolId, ProviderName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateIdentityProviderRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ProviderName") String providerName,
        @JsonProperty("ProviderDetails") Map<String, String> providerDetails,
        @JsonProperty("AttributeMapping") Map<String, String> attributeMapping,
        @JsonProperty("IdpIdentifiers") List<String> idpIdentifiers) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.providerName = providerName;
        b.providerDetails = providerDetails;
        b.attributeMapping = attributeMapping;
        b.idpIdentifiers = idpIdentifiers;
        return b;
    }

    /** Builds {@link UpdateIdentityProviderRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String providerName;
        private Map<String, String> providerDetails;
        private Map<String, String> attributeMapping;
        private List<String> idpIdentifiers;

        private Builder() {
        }

        /** The Id of the user pool where you want to update your IdP. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the IdP that you want to update. */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** The scopes, URLs, and identifiers for your external identity provider. */
        public Builder providerDetails(Map<String, String> value) {
            this.providerDetails = value;
            return this;
        }

        /** A mapping of IdP attributes to standard and custom user pool attributes. */
        public Builder attributeMapping(Map<String, String> value) {
            this.attributeMapping = value;
            return this;
        }

        /** An array of IdP identifiers, for example "IdPIdentifiers": [ "MyIdP", "MyIdP2" ] . */
        public Builder idpIdentifiers(List<String> value) {
            this.idpIdentifiers = value;
            return this;
        }

        /** Sets IdpIdentifiers from the given values. */
        public Builder idpIdentifiers(String... values) {
            this.idpIdentifiers = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public UpdateIdentityProviderRequest build() {
            return new UpdateIdentityProviderRequest(userPoolId, providerName, providerDetails, attributeMapping, idpIdentifiers);
        }
    }
}
