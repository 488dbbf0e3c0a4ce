// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the response from the server for the registration confirmation.
 *
 * <p>Cognito shape {@code ConfirmSignUpResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmSignUpResponse(
        @JsonProperty("Session") String session) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ConfirmSignUpResponse["
                + "session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link ConfirmSignUpResponse}; unset members stay null. */
    public static final class Builder {
        private String session;

        private Builder() {
        }

        /** A session identifier that you can use to immediately sign in the confirmed user. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public ConfirmSignUpResponse build() {
            return new ConfirmSignUpResponse(session);
        }
    }
}
