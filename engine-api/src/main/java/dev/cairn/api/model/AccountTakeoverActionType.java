// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The automated response to a risk level for adaptive authentication in full-function, or ENFORCED , mode.
 *
 * <p>Cognito shape {@code AccountTakeoverActionType}. Required: Notify, EventAction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountTakeoverActionType(
        @JsonProperty("Notify") Boolean notifyValue,
        @JsonProperty("EventAction") String eventAction) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.notifyValue = notifyValue;
        b.eventAction = eventAction;
        return b;
    }

    /** Builds {@link AccountTakeoverActionType}; unset members stay null. */
    public static final class Builder {
        private Boolean notifyValue;
        private String eventAction;

        private Builder() {
        }

        /** Determines whether Amazon Cognito sends a user a notification message when your user pools assesses a user's session at the associated risk level. */
        public Builder notifyValue(Boolean value) {
            this.notifyValue = value;
            return this;
        }

        /** The action to take for the attempted account takeover action for the associated risk level. */
        public Builder eventAction(String value) {
            this.eventAction = value;
            return this;
        }

        /** Returns the record. */
        public AccountTakeoverActionType build() {
            return new AccountTakeoverActionType(notifyValue, eventAction);
        }
    }
}
