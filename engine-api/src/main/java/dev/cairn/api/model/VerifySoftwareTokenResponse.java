// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * VerifySoftwareTokenResponse
 *
 * <p>Cognito shape {@code VerifySoftwareTokenResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifySoftwareTokenResponse(
        @JsonProperty("Status") String status,
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "VerifySoftwareTokenResponse["
                + "status=" + status
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link VerifySoftwareTokenResponse}; unset members stay null. */
    public static final class Builder {
        private String status;
        private String session;

        private Builder() {
        }

        /** Amazon Cognito can accept or reject the code that you provide. */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /** This session ID satisfies an MFA_SETUP challenge. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public VerifySoftwareTokenResponse build() {
            return new VerifySoftwareTokenResponse(status, session);
        }
    }
}
