// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The message template structure.
 *
 * <p>Cognito shape {@code MessageTemplateType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageTemplateType(
        @JsonProperty("SMSMessage") String smsMessage,
        @JsonProperty("EmailMessage") String emailMessage,
        @JsonProperty("EmailSubject") String emailSubject) {

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
        return b;
    }

    /** Builds {@link MessageTemplateType}; unset members stay null. */
    public static final class Builder {
        private String smsMessage;
        private String emailMessage;
        private String emailSubject;

        private Builder() {
        }

        /** The message template for SMS messages. */
        public Builder smsMessage(String value) {
            this.smsMessage = value;
            return this;
        }

        /** The message template for email messages. */
        public Builder emailMessage(String value) {
            this.emailMessage = value;
            return this;
        }

        /** The subject line for email messages. */
        public Builder emailSubject(String value) {
            this.emailSubject = value;
            return this;
        }

        /** Returns the record. */
        public MessageTemplateType build() {
            return new MessageTemplateType(smsMessage, emailMessage, emailSubject);
        }
    }
}
