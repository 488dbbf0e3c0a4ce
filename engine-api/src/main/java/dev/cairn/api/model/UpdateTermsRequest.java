// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * UpdateTermsRequest
 *
 * <p>Cognito shape {@code UpdateTermsRequest}. Required: TermsId, UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateTermsRequest(
        @JsonProperty("TermsId") String termsId,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("TermsName") String termsName,
        @JsonProperty("TermsSource") String termsSource,
        @JsonProperty("Enforcement") String enforcement,
        @JsonProperty("Links") Map<String, String> links) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.termsId = termsId;
        b.userPoolId = userPoolId;
        b.termsName = termsName;
        b.termsSource = termsSource;
        b.enforcement = enforcement;
        b.links = links;
        return b;
    }

    /** Builds {@link UpdateTermsRequest}; unset members stay null. */
    public static final class Builder {
        private String termsId;
        private String userPoolId;
        private String termsName;
        private String termsSource;
        private String enforcement;
        private Map<String, String> links;

        private Builder() {
        }

        /** The ID of the terms document that you want to update. */
        public Builder termsId(String value) {
            this.termsId = value;
            return this;
        }

        /** The ID of the user pool that contains the terms that you want to update. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The new name that you want to apply to the requested terms documents. */
        public Builder termsName(String value) {
            this.termsName = value;
            return this;
        }

        /** This parameter is reserved for future use and currently accepts only one value. */
        public Builder termsSource(String value) {
            this.termsSource = value;
            return this;
        }

        /** This parameter is reserved for future use and currently accepts only one value. */
        public Builder enforcement(String value) {
            this.enforcement = value;
            return this;
        }

        /** A map of URLs to languages. */
        public Builder links(Map<String, String> value) {
            this.links = value;
            return this;
        }

        /** Returns the record. */
        public UpdateTermsRequest build() {
            return new UpdateTermsRequest(termsId, userPoolId, termsName, termsSource, enforcement, links);
        }
    }
}
