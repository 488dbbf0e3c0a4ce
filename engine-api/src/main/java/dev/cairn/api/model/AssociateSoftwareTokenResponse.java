// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AssociateSoftwareTokenResponse
 *
 * <p>Cognito shape {@code AssociateSoftwareTokenResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssociateSoftwareTokenResponse(
        @JsonProperty("SecretCode") String secretCode,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.secretCode = secretCode;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AssociateSoftwareTokenResponse["
                + "secretCode=" + (secretCode == null ? null : "***")
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link AssociateSoftwareTokenResponse}; unset members stay null. */
    public static final class Builder {
        private String secretCode;
        private String session;

        private Builder() {
        }

        /** A unique generated shared secret code that is used by the TOTP algorithm to generate a one-time code. */
        public Builder secretCode(String value) {
            this.secretCode = value;
            return this;
        }

        /** The session identifier that maintains the state of authentication requests and challenge responses. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public AssociateSoftwareTokenResponse build() {
            return new AssociateSoftwareTokenResponse(secretCode, session);
        }
    }
}
