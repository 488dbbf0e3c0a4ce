// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The responses to the challenge that you received in the previous request.
 *
 * <p>Cognito shape {@code ChallengeResponseType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChallengeResponseType(
        @JsonProperty("ChallengeName") String challengeName,
        @JsonProperty("ChallengeResponse") String challengeResponse) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.challengeName = challengeName;
        b.challengeResponse = challengeResponse;
        return b;
    }

    /** Builds {@link ChallengeResponseType}; unset members stay null. */
    public static final class Builder {
        private String challengeName;
        private String challengeResponse;

        private Builder() {
        }

        /** The type of challenge that your previous authentication request returned in the parameter ChallengeName , for example SMS_MFA . */
        public Builder challengeName(String value) {
            this.challengeName = value;
            return this;
        }

        /** The set of key-value pairs that provides a response to the requested challenge. */
        public Builder challengeResponse(String value) {
            this.challengeResponse = value;
            return this;
        }

        /** Returns the record. */
        public ChallengeResponseType build() {
            return new ChallengeResponseType(challengeName, challengeResponse);
        }
    }
}
