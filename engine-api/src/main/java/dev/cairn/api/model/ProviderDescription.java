// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The details of a user pool identity provider (IdP), including name and type.
 *
 * <p>Cognito shape {@code ProviderDescription}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProviderDescription(
        @JsonProperty("ProviderName") String providerName,
        @JsonProperty("ProviderType") String providerType,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.providerName = providerName;
        b.providerType = providerType;
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        return b;
    }

    /** Builds {@link ProviderDescription}; unset members stay null. */
    public static final class Builder {
        private String providerName;
        private String providerType;
        private Instant lastModifiedDate;
        private Instant creationDate;

        private Builder() {
        }

        /** The name of the IdP, for example MySAMLProvider . */
        public Builder providerName(String value) {
            this.providerName = value;
            return this;
        }

        /** The type of the provider, for example SAML . */
        public Builder providerType(String value) {
            this.providerType = value;
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
        public ProviderDescription build() {
            return new ProviderDescription(providerName, providerType, lastModifiedDate, creationDate);
        }
    }
}
