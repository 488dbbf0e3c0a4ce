// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The template for email messages that threat protection sends to a user when your threat protection automated response has a Notify action.
 *
 * <p>Cognito shape {@code NotifyEmailType}. Required: Subject.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotifyEmailType(
        @JsonProperty("Subject") String subject,
        @JsonProperty("HtmlBody") String htmlBody,
        @JsonProperty("TextBody") String textBody) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.subject = subject;
        b.htmlBody = htmlBody;
        b.textBody = textBody;
        return b;
    }

    /** Builds {@link NotifyEmailType}; unset members stay null. */
    public static final class Builder {
        private String subject;
        private String htmlBody;
        private String textBody;

        private Builder() {
        }

        /** The subject of the threat protection email notification. */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /** The body of an email notification formatted in HTML. */
        public Builder htmlBody(String value) {
            this.htmlBody = value;
            return this;
        }

        /** The body of an email notification formatted in plaintext. */
        public Builder textBody(String value) {
            this.textBody = value;
            return this;
        }

        /** Returns the record. */
        public NotifyEmailType build() {
            return new NotifyEmailType(subject, htmlBody, textBody);
        }
    }
}
