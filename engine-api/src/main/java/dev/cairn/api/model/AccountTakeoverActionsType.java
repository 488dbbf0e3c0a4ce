// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list of account-takeover actions for each level of risk that Amazon Cognito might assess with threat protection features.
 *
 * <p>Cognito shape {@code AccountTakeoverActionsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountTakeoverActionsType(
        @JsonProperty("LowAction") AccountTakeoverActionType lowAction,
        @JsonProperty("MediumAction") AccountTakeoverActionType mediumAction,
        @JsonProperty("HighAction") AccountTakeoverActionType highAction) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lowAction = lowAction;
        b.mediumAction = mediumAction;
        b.highAction = highAction;
        return b;
    }

    /** Builds {@link AccountTakeoverActionsType}; unset members stay null. */
    public static final class Builder {
        private AccountTakeoverActionType lowAction;
        private AccountTakeoverActionType mediumAction;
        private AccountTakeoverActionType highAction;

        private Builder() {
        }

        /** The action that you assign to a low-risk assessment by threat protection. */
        public Builder lowAction(AccountTakeoverActionType value) {
            this.lowAction = value;
            return this;
        }

        /** The action that you assign to a medium-risk assessment by threat protection. */
        public Builder mediumAction(AccountTakeoverActionType value) {
            this.mediumAction = value;
            return this;
        }

        /** The action that you assign to a high-risk assessment by threat protection. */
        public Builder highAction(AccountTakeoverActionType value) {
            this.highAction = value;
            return this;
        }

        /** Returns the record. */
        public AccountTakeoverActionsType build() {
            return new AccountTakeoverActionsType(lowAction, mediumAction, highAction);
        }
    }
}
