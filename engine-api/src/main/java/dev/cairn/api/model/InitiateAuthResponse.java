// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Initiates the authentication response.
 *
 * <p>Cognito shape {@code InitiateAuthResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InitiateAuthResponse(
        @JsonProperty("ChallengeName") String challengeName,
        @JsonProperty("Session") String session,
        @JsonProperty("ChallengeParameters") Map<String, String> challengeParameters,
        @JsonProperty("AuthenticationResult") AuthenticationResultType authenticationResult,
        @JsonProperty("AvailableChallenges") List<String> availableChallenges) {

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
        b.availableChallenges = availableChallenges;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "InitiateAuthResponse["
                + "challengeName=" + challengeName
                + ", session=" + (session == null ? null : "***")
                + ", challengeParameters=" + challengeParameters
                + ", authenticationResult=" + authenticationResult
                + ", availableChallenges=" + availableChallenges + "]";
    }

    /** Builds {@link InitiateAuthResponse}; unset members stay null. */
    public static final class Builder {
        private String challengeName;
        private String session;
        private Map<String, String> challengeParameters;
        private AuthenticationResultType authenticationResult;
        private List<String> availableChallenges;

        private Builder() {
        }

        /** The name of an additional authentication challenge that you must respond to. */
        public Builder challengeName(String value) {
            this.challengeName = value;
            return this;
        }

        /** The session identifier that links a challenge response to the initial authentication request. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** The required parameters of the ChallengeName challenge. */
        public Builder challengeParameters(Map<String, String> value) {
            this.challengeParameters = value;
            return this;
        }

        /** The result of a successful and complete authentication request. */
        public Builder authenticationResult(AuthenticationResultType value) {
            this.authenticationResult = value;
            return this;
        }

        /** This response parameter lists the available authentication challenges that users can select from in choice-based authentication . */
        public Builder availableChallenges(List<String> value) {
            this.availableChallenges = value;
            return this;
        }

        /** Sets AvailableChallenges from the given values. */
        public Builder availableChallenges(String... values) {
            this.availableChallenges = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public InitiateAuthResponse build() {
            return new InitiateAuthResponse(challengeName, session, challengeParameters, authenticationResult, availableChallenges);
        }
    }
}
