// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Initiates the authentication request.
 *
 * <p>Cognito shape {@code InitiateAuthRequest}. Required: AuthFlow, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InitiateAuthRequest(
        @JsonProperty("AuthFlow") String authFlow,
        @JsonProperty("AuthParameters") Map<String, String> authParameters,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("UserContextData") UserContextDataType userContextData,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.authFlow = authFlow;
        b.authParameters = authParameters;
        b.clientMetadata = clientMetadata;
        b.clientId = clientId;
        b.analyticsMetadata = analyticsMetadata;
        b.userContextData = userContextData;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "InitiateAuthRequest["
                + "authFlow=" + authFlow
                + ", authParameters=" + (authParameters == null ? null : "***")
                + ", clientMetadata=" + clientMetadata
                + ", clientId=" + (clientId == null ? null : "***")
                + ", analyticsMetadata=" + analyticsMetadata
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link InitiateAuthRequest}; unset members stay null. */
    public static final class Builder {
        private String authFlow;
        private Map<String, String> authParameters;
        private Map<String, String> clientMetadata;
        private String clientId;
        private AnalyticsMetadataType analyticsMetadata;
        private UserContextDataType userContextData;
        private String session;

        private Builder() {
        }

        /** The authentication flow that you want to initiate. */
        public Builder authFlow(String value) {
            this.authFlow = value;
            return this;
        }

        /** The authentication parameters. */
        public Builder authParameters(Map<String, String> value) {
            this.authParameters = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** The ID of the app client that your user wants to sign in to. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. */
        public Builder analyticsMetadata(AnalyticsMetadataType value) {
            this.analyticsMetadata = value;
            return this;
        }

        /** Contextual data about your user session like the device fingerprint, IP address, or location. */
        public Builder userContextData(UserContextDataType value) {
            this.userContextData = value;
            return this;
        }

        /** The optional session ID from a ConfirmSignUp API request. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public InitiateAuthRequest build() {
            return new InitiateAuthRequest(authFlow, authParameters, clientMetadata, clientId, analyticsMetadata, userContextData, session);
        }
    }
}
