// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * The request to respond to an authentication challenge.
 *
 * <p>Cognito shape {@code RespondToAuthChallengeRequest}. Required: ClientId, ChallengeName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RespondToAuthChallengeRequest(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ChallengeName") String challengeName,
        @JsonProperty("Session") String session,
        @JsonProperty("ChallengeResponses") Map<String, String> challengeResponses,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("UserContextData") UserContextDataType userContextData,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.challengeName = challengeName;
        b.session = session;
        b.challengeResponses = challengeResponses;
        b.analyticsMetadata = analyticsMetadata;
        b.userContextData = userContextData;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "RespondToAuthChallengeRequest["
                + "clientId=" + (clientId == null ? null : "***")
                + ", challengeName=" + challengeName
                + ", session=" + (session == null ? null : "***")
                + ", challengeResponses=" + (challengeResponses == null ? null : "***")
                + ", analyticsMetadata=" + analyticsMetadata
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link RespondToAuthChallengeRequest}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String challengeName;
        private String session;
        private Map<String, String> challengeResponses;
        private AnalyticsMetadataType analyticsMetadata;
        private UserContextDataType userContextData;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the app client where the user is signing in. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The name of the challenge that you are responding to. */
        public Builder challengeName(String value) {
            this.challengeName = value;
            return this;
        }

        /** The session identifier that maintains the state of authentication requests and challenge responses. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** The responses to the challenge that you received in the previous request. */
        public Builder challengeResponses(Map<String, String> value) {
            this.challengeResponses = value;
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

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public RespondToAuthChallengeRequest build() {
            return new RespondToAuthChallengeRequest(clientId, challengeName, session, challengeResponses, analyticsMetadata, userContextData, clientMetadata);
        }
    }
}
