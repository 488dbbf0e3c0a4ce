// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The characteristics of a source or destination user for linking a federated user profile to a local user profile.
 *
 * <p>Cognito shape {@code ProviderUserIdentifierType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProviderUserIdentifierType(
        @JsonProperty("ProviderName") String providerName,
        @JsonProperty("ProviderAttributeName") String providerAttributeName,
        @JsonProperty("ProviderAttributeValue") String providerAttributeValue) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.providerName = providerName;
        b.providerAttributeName = providerAttributeName;
        b.providerAttributeValue = providerAttributeValue;
        return b;
    }

    /** Builds {@link ProviderUserIdentifierType}; unset members stay null. */
    public static final class Builder {
        private String providerName;
        private String providerAttributeName;
        private String providerAttributeValue;

        private Builder() {
        }

        /** The name of the provider, such as Facebook, Google, or Login with Amazon. */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** The name of the provider attribute to link to, such as NameID . */
        public Builder providerAttributeName(String value) {
            this.providerAttributeName = value;
            return this;
        }

        /** The value of the provider attribute to link to, such as xxxxx_account . */
        public Builder providerAttributeValue(String value) {
            this.providerAttributeValue = value;
            return this;
        }

        /** Returns the record. */
        public ProviderUserIdentifierType build() {
            return new ProviderUserIdentifierType(providerName, providerAttributeName, providerAttributeValue);
        }
    }
}
