// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * The request to respond to the authentication challenge, as an administrator.
 *
 * <p>Cognito shape {@code AdminRespondToAuthChallengeRequest}. Required: UserPoolId, ClientId, ChallengeName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminRespondToAuthChallengeRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ChallengeName") String challengeName,
        @JsonProperty("ChallengeResponses") Map<String, String> challengeResponses,
        @JsonProperty("Session") String session,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("ContextData") ContextDataType contextData,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.challengeName = challengeName;
        b.challengeResponses = challengeResponses;
        b.session = session;
        b.analyticsMetadata = analyticsMetadata;
        b.contextData = contextData;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminRespondToAuthChallengeRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", challengeName=" + challengeName
                + ", challengeResponses=" + (challengeResponses == null ? null : "***")
                + ", session=" + (session == null ? null : "***")
                + ", analyticsMetadata=" + analyticsMetadata
                + ", contextData=" + contextData
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link AdminRespondToAuthChallengeRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String challengeName;
        private Map<String, String> challengeResponses;
        private String session;
        private AnalyticsMetadataType analyticsMetadata;
        private ContextDataType contextData;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the user pool where you want to respond to an authentication challenge. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client where you initiated sign-in. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The name of the challenge that you are responding to. */
        public Builder challengeName(String value) {
            this.challengeName = value;
            return this;
        }

        /** The responses to the challenge that you received in the previous request. */
        public Builder challengeResponses(Map<String, String> value) {
            this.challengeResponses = value;
            return this;
        }

        /** The session identifier that maintains the state of authentication requests and challenge responses. */
        public Builder session(String value) {
            this.session = value;
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

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public AdminRespondToAuthChallengeRequest build() {
            return new AdminRespondToAuthChallengeRequest(userPoolId, clientId, challengeName, challengeResponses, session, analyticsMetadata, contextData, clientMetadata);
        }
    }
}
