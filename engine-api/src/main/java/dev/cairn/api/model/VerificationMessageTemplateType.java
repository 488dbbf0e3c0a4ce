// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The template for the verification message that your user pool delivers to users who set an email address or phone number attribute.
 *
 * <p>Cognito shape {@code VerificationMessageTemplateType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationMessageTemplateType(
        @JsonProperty("SmsMessage") String smsMessage,
        @JsonProperty("EmailMessage") String emailMessage,
        @JsonProperty("EmailSubject") String emailSubject,
        @JsonProperty("EmailMessageByLink") String emailMessageByLink,
        @JsonProperty("EmailSubjectByLink") String emailSubjectByLink,
        @JsonProperty("DefaultEmailOption") String defaultEmailOption) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.smsMessage = smsMessage;
        b.emailMessage = emailMessage;
        b.emailSubject = emailSubject;
        b.emailMessageByLink = emailMessageByLink;
        b.emailSubjectByLink = emailSubjectByLink;
        b.defaultEmailOption = defaultEmailOption;
        return b;
    }

    /** Builds {@link VerificationMessageTemplateType}; unset members stay null. */
    public static final class Builder {
        private String smsMessage;
        private String emailMessage;
        private String emailSubject;
        private String emailMessageByLink;
        private String emailSubjectByLink;
        private String defaultEmailOption;

        private Builder() {
        }

        /** The template for SMS messages that Amazon Cognito sends to your users. */
        public Builder smsMessage(String value) {
            this.smsMessage = value;
            return this;
        }

        /** The template for email messages that Amazon Cognito sends to your users. */
        public Builder emailMessage(String value) {
            this.emailMessage = value;
            return this;
        }

        /** The subject line for the email message template. */
        public Builder emailSubject(String value) {
            this.emailSubject = value;
            return this;
        }

        /** The email message template for sending a confirmation link to the user. */
        public Builder emailMessageByLink(String value) {
            this.emailMessageByLink = value;
            return this;
        }

        /** The subject line for the email message template for sending a confirmation link to the user. */
        public Builder emailSubjectByLink(String value) {
            this.emailSubjectByLink = value;
            return this;
        }

        /** The configuration of verification emails to contain a clickable link or a verification code. */
        public Builder defaultEmailOption(String value) {
            this.defaultEmailOption = value;
            return this;
        }

        /** Returns the record. */
        public VerificationMessageTemplateType build() {
            return new VerificationMessageTemplateType(smsMessage, emailMessage, emailSubject, emailMessageByLink, emailSubjectByLink, defaultEmailOption);
        }
    }
}
