// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminUpdateAuthEventFeedbackRequest
 *
 * <p>Cognito shape {@code AdminUpdateAuthEventFeedbackRequest}. Required: UserPoolId, Username, EventId, FeedbackValue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminUpdateAuthEventFeedbackRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("EventId") String eventId,
        @JsonProperty("FeedbackValue") String feedbackValue) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.eventId = eventId;
        b.feedbackValue = feedbackValue;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminUpdateAuthEventFeedbackRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", eventId=" + eventId
                + ", feedbackValue=" + feedbackValue + "]";
    }

    /** Builds {@link AdminUpdateAuthEventFeedbackRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private String eventId;
        private String feedbackValue;

        private Builder() {
        }

        /** The ID of the user pool where you want to submit authentication-event feedback. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The ID of the threat protection authentication event that you want to update. */
        public Builder eventId(String value) {
            this.eventId = value;
            return this;
        }

        /** Your feedback to the authentication event. */
        public Builder feedbackValue(String value) {
            this.feedbackValue = value;
            return this;
        }

        /** Returns the record. */
        public AdminUpdateAuthEventFeedbackRequest build() {
            return new AdminUpdateAuthEventFeedbackRequest(userPoolId, username, eventId, feedbackValue);
        }
    }
}
