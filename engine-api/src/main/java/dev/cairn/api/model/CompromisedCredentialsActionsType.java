// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Settings for user pool actions when Amazon Cognito detects compromised credentials with threat protection in full-function ENFORCED mode.
 *
 * <p>Cognito shape {@code CompromisedCredentialsActionsType}. Required: EventAction.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompromisedCredentialsActionsType(
        @JsonProperty("EventAction") String eventAction) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventAction = eventAction;
        return b;
    }

    /** Builds {@link CompromisedCredentialsActionsType}; unset members stay null. */
    public static final class Builder {
        private String eventAction;

        private Builder() {
        }

        /** The action that Amazon Cognito takes when it detects compromised credentials. */
        public Builder eventAction(String value) {
            this.eventAction = value;
            return this;
        }

        /** Returns the record. */
        public CompromisedCredentialsActionsType build() {
            return new CompromisedCredentialsActionsType(eventAction);
        }
    }
}
