// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sets or shows configuration for user pool email message MFA and sign-in with one-time passwords (OTPs).
 *
 * <p>Cognito shape {@code EmailMfaConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailMfaConfigType(
        @JsonProperty("Message") String message,
        @JsonProperty("Subject") String subject) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.message = message;
        b.subject = subject;
        return b;
    }

    /** Builds {@link EmailMfaConfigType}; unset members stay null. */
    public static final class Builder {
        private String message;
        private String subject;

        private Builder() {
        }

        /** The template for the email messages that your user pool sends to users with codes for MFA and sign-in with email OTPs. */
        public Builder message(String value) {
            this.message = value;
            return this;
        }

        /** The subject of the email messages that your user pool sends to users with codes for MFA and email OTP sign-in. */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /** Returns the record. */
        public EmailMfaConfigType build() {
            return new EmailMfaConfigType(message, subject);
        }
    }
}
