// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings for automated responses and notification templates for adaptive authentication with threat protection features.
 *
 * <p>Cognito shape {@code AccountTakeoverRiskConfigurationType}. Required: Actions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountTakeoverRiskConfigurationType(
        @JsonProperty("NotifyConfiguration") NotifyConfigurationType notifyConfiguration,
        @JsonProperty("Actions") AccountTakeoverActionsType actions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.notifyConfiguration = notifyConfiguration;
        b.actions = actions;
        return b;
    }

    /** Builds {@link AccountTakeoverRiskConfigurationType}; unset members stay null. */
    public static final class Builder {
        private NotifyConfigurationType notifyConfiguration;
        private AccountTakeoverActionsType actions;

        private Builder() {
        }

        /** The settings for composing and sending an email message when threat protection assesses a risk level with adaptive authentication. */
        public Builder notifyConfiguration(NotifyConfigurationType value) {
            this.notifyConfiguration = value;
            return this;
        }

        /** A list of account-takeover actions for each level of risk that Amazon Cognito might assess with threat protection. */
        public Builder actions(AccountTakeoverActionsType value) {
            this.actions = value;
            return this;
        }

        /** Returns the record. */
        public AccountTakeoverRiskConfigurationType build() {
            return new AccountTakeoverRiskConfigurationType(notifyConfiguration, actions);
        }
    }
}
