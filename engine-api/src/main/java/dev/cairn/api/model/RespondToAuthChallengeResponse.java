// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * The response to respond to the authentication challenge.
 *
 * <p>Cognito shape {@code RespondToAuthChallengeResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RespondToAuthChallengeResponse(
        @JsonProperty("ChallengeName") String challengeName,
        @JsonProperty("Session") String session,
        @JsonProperty("ChallengeParameters") Map<String, String> challengeParameters,
        @JsonProperty("AuthenticationResult") AuthenticationResultType authenticationResult) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.challengeName = challengeName;
        b.session = session;
        b.challengeParameters = challengeParameters;
        b.authenticationResult = authenticationResult;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "RespondToAuthChallengeResponse["
                + "challengeName=" + challengeName
                + ", session=" + (session == null ? null : "***")
                + ", challengeParameters=" + challengeParameters
                + ", authenticationResult=" + authenticationResult + "]";
    }

    /** Builds {@link RespondToAuthChallengeResponse}; unset members stay null. */
    public static final class Builder {
        private String challengeName;
        private String session;
        private Map<String, String> challengeParameters;
        private AuthenticationResultType authenticationResult;

        private Builder() {
        }

        /** The name of the next challenge that you must respond to. */
        public Builder challengeName(String value) {
            this.challengeName = value;
            return this;
        }

        /** The session identifier that maintains the state of authentication requests and challenge responses. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** The parameters that define your response to the next challenge. */
        public Builder challengeParameters(Map<String, String> value) {
            this.challengeParameters = value;
            return this;
        }

        /** The outcome of a successful authentication process. */
        public Builder authenticationResult(AuthenticationResultType value) {
            this.authenticationResult = value;
            return this;
        }

        /** Returns the record. */
        public RespondToAuthChallengeResponse build() {
            return new RespondToAuthChallengeResponse(challengeName, session, challengeParameters, authenticationResult);
        }
    }
}
