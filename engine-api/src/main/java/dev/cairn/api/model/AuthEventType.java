// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One authentication event that Amazon Cognito logged in a user pool with threat protection active.
 *
 * <p>Cognito shape {@code AuthEventType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthEventType(
        @JsonProperty("EventId") String eventId,
        @JsonProperty("EventType") String eventType,
        @JsonProperty("CreationDate") Instant creationDate,
        @JsonProperty("EventResponse") String eventResponse,
        @JsonProperty("EventRisk") EventRiskType eventRisk,
        @JsonProperty("ChallengeResponses") List<ChallengeResponseType> challengeResponses,
        @JsonProperty("EventContextData") EventContextDataType eventContextData,
        @JsonProperty("EventFeedback") EventFeedbackType eventFeedback) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventId = eventId;
        b.eventType = eventType;
        b.creationDate = creationDate;
        b.eventResponse = eventResponse;
        b.eventRisk = eventRisk;
        b.challengeResponses = challengeResponses;
        b.eventContextData = eventContextData;
        b.eventFeedback = eventFeedback;
        return b;
    }

    /** Builds {@link AuthEventType}; unset members stay null. */
    public static final class Builder {
        private String eventId;
        private String eventType;
        private Instant creationDate;
        private String eventResponse;
        private EventRiskType eventRisk;
        private List<ChallengeResponseType> challengeResponses;
        private EventContextDataType eventContextData;
        private EventFeedbackType eventFeedback;

        private Builder() {
        }

        /** The event ID. */
        public Builder eventId(String value) {
            this.eventId = value;
            return this;
        }

        /** The type of authentication event. */
        public Builder eventType(String value) {
            this.eventType = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** The event response. */
        public Builder eventResponse(String value) {
            this.eventResponse = value;
            return this;
        }

        /** The threat evaluation from your user pool about an event. */
        public Builder eventRisk(EventRiskType value) {
            this.eventRisk = value;
            return this;
        }

        /** A list of the challenges that the user was requested to answer, for example Password , and the result, for example Success . */
        public Builder challengeResponses(List<ChallengeResponseType> value) {
            this.challengeResponses = value;
            return this;
        }

        /** Sets ChallengeResponses from the given values. */
        public Builder challengeResponses(ChallengeResponseType... values) {
            this.challengeResponses = Arrays.asList(values);
            return this;
        }

        /** The user context data captured at the time of an event request. */
        public Builder eventContextData(EventContextDataType value) {
            this.eventContextData = value;
            return this;
        }

        /** The UpdateAuthEventFeedback or AdminUpdateAuthEventFeedback feedback that you or your user provided in response to the event. */
        public Builder eventFeedback(EventFeedbackType value) {
            this.eventFeedback = value;
            return this;
        }

        /** Returns the record. */
        public AuthEventType build() {
            return new AuthEventType(eventId, eventType, creationDate, eventResponse, eventRisk, challengeResponses, eventContextData, eventFeedback);
        }
    }
}
