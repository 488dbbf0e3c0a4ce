// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Settings for compromised-credentials actions and authentication-event sources with threat protection in full-function ENFORCED mode.
 *
 * <p>Cognito shape {@code CompromisedCredentialsRiskConfigurationType}. Required: Actions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompromisedCredentialsRiskConfigurationType(
        @JsonProperty("EventFilter") List<String> eventFilter,
        @JsonProperty("Actions") CompromisedCredentialsActionsType actions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventFilter = eventFilter;
        b.actions = actions;
        return b;
    }

    /** Builds {@link CompromisedCredentialsRiskConfigurationType}; unset members stay null. */
    public static final class Builder {
        private List<String> eventFilter;
        private CompromisedCredentialsActionsType actions;

        private Builder() {
        }

        /** Settings for the sign-in activity where you want to configure compromised-credentials actions. */
        public Builder eventFilter(List<String> value) {
            this.eventFilter = value;
            return this;
        }

        /** Sets EventFilter from the given values. */
        public Builder eventFilter(String... values) {
            this.eventFilter = Arrays.asList(values);
            return this;
        }

        /** Settings for the actions that you want your user pool to take when Amazon Cognito detects compromised credentials. */
        public Builder actions(CompromisedCredentialsActionsType value) {
            this.actions = value;
            return this;
        }

        /** Returns the record. */
        public CompromisedCredentialsRiskConfigurationType build() {
            return new CompromisedCredentialsRiskConfigurationType(eventFilter, actions);
        }
    }
}
