// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Map;

/**
 * The details of a set of terms documents.
 *
 * <p>Cognito shape {@code TermsType}. Required: TermsId, UserPoolId, ClientId, TermsName, TermsSource, Enforcement, Links, CreationDate, LastModifiedDate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermsType(
        @JsonProperty("TermsId") String termsId,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("TermsName") String termsName,
        @JsonProperty("TermsSource") String termsSource,
        @JsonProperty("Enforcement") String enforcement,
        @JsonProperty("Links") Map<String, String> links,
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
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.termsName = termsName;
        b.termsSource = termsSource;
        b.enforcement = enforcement;
        b.links = links;
        b.creationDate = creationDate;
        b.lastModifiedDate = lastModifiedDate;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "TermsType["
                + "termsId=" + termsId
                + ", userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", termsName=" + termsName
                + ", termsSource=" + termsSource
                + ", enforcement=" + enforcement
                + ", links=" + links
                + ", creationDate=" + creationDate
                + ", lastModifiedDate=" + lastModifiedDate + "]";
    }

    /** Builds {@link TermsType}; unset members stay null. */
    public static final class Builder {
        private String termsId;
        private String userPoolId;
        private String clientId;
        private String termsName;
        private String termsSource;
        private String enforcement;
        private Map<String, String> links;
        private Instant creationDate;
        private Instant lastModifiedDate;

        private Builder() {
        }

        /** The ID of the terms documents. */
        public Builder termsId(String value) {
            this.termsId = value;
            return this;
        }

        /** The ID of the user pool that contains the terms documents. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client that the terms documents are assigned to. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The type and friendly name of the terms documents. */
        public Builder termsName(String value) {
            this.termsName = value;
            return this;
        }

        /** This parameter is reserved for future use and currently accepts one value. */
        public Builder termsSource(String value) {
            this.termsSource = value;
            return this;
        }

        /** This parameter is reserved for future use and currently accepts one value. */
        public Builder enforcement(String value) {
            this.enforcement = value;
            return this;
        }

        /** A map of URLs to languages. */
        public Builder links(Map<String, String> value) {
            this.links = value;
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
        public TermsType build() {
            return new TermsType(termsId, userPoolId, clientId, termsName, termsSource, enforcement, links, creationDate, lastModifiedDate);
        }
    }
}
