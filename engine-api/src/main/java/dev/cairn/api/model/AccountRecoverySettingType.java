// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The settings for user message delivery in forgot-password operations.
 *
 * <p>Cognito shape {@code AccountRecoverySettingType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountRecoverySettingType(
        @JsonProperty("RecoveryMechanisms") List<RecoveryOptionType> recoveryMechanisms) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.recoveryMechanisms = recoveryMechanisms;
        return b;
    }

    /** Builds {@link AccountRecoverySettingType}; unset members stay null. */
    public static final class Builder {
        private List<RecoveryOptionType> recoveryMechanisms;

        private Builder() {
        }

        /** The list of options and priorities for user message delivery in forgot-password operations. */
        public Builder recoveryMechanisms(List<RecoveryOptionType> value) {
            this.recoveryMechanisms = value;
            return this;
        }

        /** Sets RecoveryMechanisms from the given values. */
        public Builder recoveryMechanisms(RecoveryOptionType... values) {
            this.recoveryMechanisms = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public AccountRecoverySettingType build() {
            return new AccountRecoverySettingType(recoveryMechanisms);
        }
    }
}
