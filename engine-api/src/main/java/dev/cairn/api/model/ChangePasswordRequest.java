// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to change a user password.
 *
 * <p>Cognito shape {@code ChangePasswordRequest}. Required: ProposedPassword, AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangePasswordRequest(
        @JsonProperty("PreviousPassword") String previousPassword,
        @JsonProperty("ProposedPassword") String proposedPassword,
        @JsonProperty("AccessToken") String accessToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.previousPassword = previousPassword;
        b.proposedPassword = proposedPassword;
        b.accessToken = accessToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ChangePasswordRequest["
                + "previousPassword=" + (previousPassword == null ? null : "***")
                + ", proposedPassword=" + (proposedPassword == null ? null : "***")
                + ", accessToken=" + (accessToken == null ? null : "***") + "]";
    }

    /** Builds {@link ChangePasswordRequest}; unset members stay null. */
    public static final class Builder {
        private String previousPassword;
        private String proposedPassword;
        private String accessToken;

        private Builder() {
        }

        /** The user's previous password. */
        public Builder previousPassword(String value) {
            this.previousPassword = value;
            return this;
        }

        /** A new password that you prompted the user to enter in your application. */
        public Builder proposedPassword(String value) {
            this.proposedPassword = value;
            return this;
        }

        /** A valid access token that Amazon Cognito issued to the user whose password you want to change. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Returns the record. */
        public ChangePasswordRequest build() {
            return new ChangePasswordRequest(previousPassword, proposedPassword, accessToken);
        }
    }
}
