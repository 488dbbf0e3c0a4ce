// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * AdminListUserAuthEventsResponse
 *
 * <p>Cognito shape {@code AdminListUserAuthEventsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListUserAuthEventsResponse(
        @JsonProperty("AuthEvents") List<AuthEventType> authEvents,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.authEvents = authEvents;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link AdminListUserAuthEventsResponse}; unset members stay null. */
    public static final class Builder {
        private List<AuthEventType> authEvents;
        private String nextToken;

        private Builder() {
        }

        /** The response object. */
        public Builder authEvents(List<AuthEventType> value) {
            this.authEvents = value;
            return this;
        }

        /** Sets AuthEvents from the given values. */
        public Builder authEvents(AuthEventType... values) {
            this.authEvents = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public AdminListUserAuthEventsResponse build() {
            return new AdminListUserAuthEventsResponse(authEvents, nextToken);
        }
    }
}
