// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * CreateTermsRequest
 *
 * <p>Cognito shape {@code CreateTermsRequest}. Required: UserPoolId, ClientId, TermsName, TermsSource, Enforcement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateTermsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
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
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.termsName = termsName;
        b.termsSource = termsSource;
        b.enforcement = enforcement;
        b.links = links;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "CreateTermsRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", termsName=" + termsName
                + ", termsSource=" + termsSource
                + ", enforcement=" + enforcement
                + ", links=" + links + "]";
    }

    /** Builds {@link CreateTermsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String termsName;
        private String termsSource;
        private String enforcement;
        private Map<String, String> links;

        private Builder() {
        }

        /** The ID of the user pool where you want to create terms documents. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client where you want to create terms documents. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A friendly name for the document that you want to create in the current request. */
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
        public CreateTermsRequest build() {
            return new CreateTermsRequest(userPoolId, clientId, termsName, termsSource, enforcement, links);
        }
    }
}
