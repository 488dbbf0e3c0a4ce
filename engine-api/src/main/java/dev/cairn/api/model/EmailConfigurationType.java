// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The email configuration of your user pool.
 *
 * <p>Cognito shape {@code EmailConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailConfigurationType(
        @JsonProperty("SourceArn") String sourceArn,
        @JsonProperty("ReplyToEmailAddress") String replyToEmailAddress,
        @JsonProperty("EmailSendingAccount") String emailSendingAccount,
        @JsonProperty("From") String from,
        @JsonProperty("ConfigurationSet") String configurationSet) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sourceArn = sourceArn;
        b.replyToEmailAddress = replyToEmailAddress;
        b.emailSendingAccount = emailSendingAccount;
        b.from = from;
        b.configurationSet = configurationSet;
        return b;
    }

    /** Builds {@link EmailConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String sourceArn;
        private String replyToEmailAddress;
        private String emailSendingAccount;
        private String from;
        private String configurationSet;

        private Builder() {
        }

        /** The ARN of a verified email address or an address from a verified domain in Amazon SES. */
        public Builder sourceArn(String value) {
            this.sourceArn = value;
            return this;
        }

        /** The destination to which the receiver of the email should reply. */
        public Builder replyToEmailAddress(String value) {
            this.replyToEmailAddress = value;
            return this;
        }

        /** Specifies whether Amazon Cognito uses its built-in functionality to send your users email messages, or uses your Amazon Simple Email Service email configuration. */
        public Builder emailSendingAccount(String value) {
            this.emailSendingAccount = value;
            return this;
        }

        /** Either the sender’s email address or the sender’s name with their email address. */
        public Builder from(String value) {
            this.from = value;
            return this;
        }

        /** The set of configuration rules that can be applied to emails sent using Amazon Simple Email Service. */
        public Builder configurationSet(String value) {
            this.configurationSet = value;
            return this;
        }

        /** Returns the record. */
        public EmailConfigurationType build() {
            return new EmailConfigurationType(sourceArn, replyToEmailAddress, emailSendingAccount, from, configurationSet);
        }
    }
}
