// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The feedback that your application submitted to a threat protection event log, as displayed in an AdminListUserAuthEvents response.
 *
 * <p>Cognito shape {@code EventFeedbackType}. Required: FeedbackValue, Provider.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventFeedbackType(
        @JsonProperty("FeedbackValue") String feedbackValue,
        @JsonProperty("Provider") String provider,
        @JsonProperty("FeedbackDate") Instant feedbackDate) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.feedbackValue = feedbackValue;
        b.provider = provider;
        b.feedbackDate = feedbackDate;
        return b;
    }

    /** Builds {@link EventFeedbackType}; unset members stay null. */
    public static final class Builder {
        private String feedbackValue;
        private String provider;
        private Instant feedbackDate;

        private Builder() {
        }

        /** Your feedback to the authentication event. */
        public Builder feedbackValue(String value) {
            this.feedbackValue = value;
            return this;
        }

        /** The submitter of the event feedback. */
        public Builder provider(String value) {
            this.provider = value;
            return this;
        }

        /** The date that you or your user submitted the feedback. */
        public Builder feedbackDate(Instant value) {
            this.feedbackDate = value;
            return this;
        }

        /** Returns the record. */
        public EventFeedbackType build() {
            return new EventFeedbackType(feedbackValue, provider, feedbackDate);
        }
    }
}
