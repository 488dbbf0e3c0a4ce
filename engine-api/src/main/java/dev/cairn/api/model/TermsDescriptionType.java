// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The details of a set of terms documents.
 *
 * <p>Cognito shape {@code TermsDescriptionType}. Required: TermsId, TermsName, Enforcement, CreationDate, LastModifiedDate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermsDescriptionType(
        @JsonProperty("TermsId") String termsId,
        @JsonProperty("TermsName") String termsName,
        @JsonProperty("Enforcement") String enforcement,
        @JsonProperty("CreationDate") Instant creationDate,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.termsId = termsId;
        b.termsName = termsName;
        b.enforcement = enforcement;
        b.creationDate = creationDate;
        b.lastModifiedDate = lastModifiedDate;
        return b;
    }

    /** Builds {@link TermsDescriptionType}; unset members stay null. */
    public static final class Builder {
        private String termsId;
        private String termsName;
        private String enforcement;
        private Instant creationDate;
        private Instant lastModifiedDate;

        private Builder() {
        }

        /** The ID of the requested terms documents. */
        public Builder termsId(String value) {
            this.termsId = value;
            return this;
        }

        /** The type and friendly name of the requested terms documents. */
        public Builder termsName(String value) {
            this.termsName = value;
            return this;
        }

        /** This parameter is reserved for future use and currently accepts one value. */
        public Builder enforcement(String value) {
            this.enforcement = value;
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
        public TermsDescriptionType build() {
            return new TermsDescriptionType(termsId, termsName, enforcement, creationDate, lastModifiedDate);
        }
    }
}
