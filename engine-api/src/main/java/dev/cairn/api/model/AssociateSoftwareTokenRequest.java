// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AssociateSoftwareTokenRequest
 *
 * <p>Cognito shape {@code AssociateSoftwareTokenRequest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociateSoftwareTokenRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AssociateSoftwareTokenRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link AssociateSoftwareTokenRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String session;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The session identifier that maintains the state of authentication requests and challenge responses. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public AssociateSoftwareTokenRequest build() {
            return new AssociateSoftwareTokenRequest(accessToken, session);
        }
    }
}
