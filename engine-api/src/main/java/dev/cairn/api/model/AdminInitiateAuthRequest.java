// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Initiates the authorization request, as an administrator.
 *
 * <p>Cognito shape {@code AdminInitiateAuthRequest}. Required: UserPoolId, ClientId, AuthFlow.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminInitiateAuthRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("AuthFlow") String authFlow,
        @JsonProperty("AuthParameters") Map<String, String> authParameters,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("ContextData") ContextDataType contextData,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.authFlow = authFlow;
        b.authParameters = authParameters;
        b.clientMetadata = clientMetadata;
        b.analyticsMetadata = analyticsMetadata;
        b.contextData = contextData;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminInitiateAuthRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", authFlow=" + authFlow
                + ", authParameters=" + (authParameters == null ? null : "***")
                + ", clientMetadata=" + clientMetadata
                + ", analyticsMetadata=" + analyticsMetadata
                + ", contextData=" + contextData
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link AdminInitiateAuthRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String authFlow;
        private Map<String, String> authParameters;
        private Map<String, String> clientMetadata;
        private AnalyticsMetadataType analyticsMetadata;
        private ContextDataType contextData;
        private String session;

        private Builder() {
        }

        /** The ID of the user pool where the user wants to sign in. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client where the user wants to sign in. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
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

        /** Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. */
        public Builder analyticsMetadata(AnalyticsMetadataType value) {
            this.analyticsMetadata = value;
            return this;
        }

        /** Contextual data about your user session like the device fingerprint, IP address, or location. */
        public Builder contextData(ContextDataType value) {
            this.contextData = value;
            return this;
        }

        /** The optional session ID from a ConfirmSignUp API request. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public AdminInitiateAuthRequest build() {
            return new AdminInitiateAuthRequest(userPoolId, clientId, authFlow, authParameters, clientMetadata, analyticsMetadata, contextData, session);
        }
    }
}
