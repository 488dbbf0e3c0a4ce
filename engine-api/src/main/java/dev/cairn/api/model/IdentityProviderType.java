// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A user pool identity provider (IdP).
 *
 * <p>Cognito shape {@code IdentityProviderType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IdentityProviderType(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ProviderName") String providerName,
        @JsonProperty("ProviderType") String providerType,
        @JsonProperty("ProviderDetails") Map<String, String> providerDetails,
        @JsonProperty("AttributeMapping") Map<String, String> attributeMapping,
        @JsonProperty("IdpIdentifiers") List<String> idpIdentifiers,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.providerName = providerName;
        b.providerType = providerType;
        b.providerDetails = providerDetails;
        b.attributeMapping = attributeMapping;
        b.idpIdentifiers = idpIdentifiers;
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        return b;
    }

    /** Builds {@link IdentityProviderType}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String providerName;
        private String providerType;
        private Map<String, String> providerDetails;
        private Map<String, String> attributeMapping;
        private List<String> idpIdentifiers;
        private Instant lastModifiedDate;
        private Instant creationDate;

        private Builder() {
        }

        /** The ID of the user pool associated with the IdP. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A friendly name for the IdP. */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** The type of IdP. */
        public Builder providerType(String value) {
            this.providerType = value;
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

        /** A list of IdP identifiers. */
        public Builder idpIdentifiers(List<String> value) {
            this.idpIdentifiers = value;
            return this;
        }

        /** Sets IdpIdentifiers from the given values. */
        public Builder idpIdentifiers(String... values) {
            this.idpIdentifiers = Arrays.asList(values);
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** Returns the record. */
        public IdentityProviderType build() {
            return new IdentityProviderType(userPoolId, providerName, providerType, providerDetails, attributeMapping, idpIdentifiers, lastModifiedDate, creationDate);
        }
    }
}
