// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration for Amazon SES email messages that threat protection sends to a user when your adaptive authentication automated response has a Notify action.
 *
 * <p>Cognito shape {@code NotifyConfigurationType}. Required: SourceArn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotifyConfigurationType(
        @JsonProperty("From") String from,
        @JsonProperty("ReplyTo") String replyTo,
        @JsonProperty("SourceArn") String sourceArn,
        @JsonProperty("BlockEmail") NotifyEmailType blockEmail,
        @JsonProperty("NoActionEmail") NotifyEmailType noActionEmail,
        @JsonProperty("MfaEmail") NotifyEmailType mfaEmail) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from;
        b.replyTo = replyTo;
        b.sourceArn = sourceArn;
        b.blockEmail = blockEmail;
        b.noActionEmail = noActionEmail;
        b.mfaEmail = mfaEmail;
        return b;
    }

    /** Builds {@link NotifyConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String from;
        private String replyTo;
        private String sourceArn;
        private NotifyEmailType blockEmail;
        private NotifyEmailType noActionEmail;
        private NotifyEmailType mfaEmail;

        private Builder() {
        }

        /** The email address that sends the email message. */
        public Builder from(String value) {
            this.from = value;
            return this;
        }

        /** The reply-to email address of an email template. */
        public Builder replyTo(String value) {
            this.replyTo = value;
            return this;
        }

        /** The Amazon Resource Name (ARN) of the identity that is associated with the sending authorization policy. */
        public Builder sourceArn(String value) {
            this.sourceArn = value;
            return this;
        }

        /** The template for the email message that your user pool sends when a detected risk event is blocked. */
        public Builder blockEmail(NotifyEmailType value) {
            this.blockEmail = value;
            return this;
        }

        /** The template for the email message that your user pool sends when no action is taken in response to a detected risk. */
        public Builder noActionEmail(NotifyEmailType value) {
            this.noActionEmail = value;
            return this;
        }

        /** The template for the email message that your user pool sends when MFA is challenged in response to a detected risk. */
        public Builder mfaEmail(NotifyEmailType value) {
            this.mfaEmail = value;
            return this;
        }

        /** Returns the record. */
        public NotifyConfigurationType build() {
            return new NotifyConfigurationType(from, replyTo, sourceArn, blockEmail, noActionEmail, mfaEmail);
        }
    }
}
