// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The password policy settings for a user pool, including complexity, history, and length requirements.
 *
 * <p>Cognito shape {@code PasswordPolicyType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordPolicyType(
        @JsonProperty("MinimumLength") Integer minimumLength,
        @JsonProperty("RequireUppercase") Boolean requireUppercase,
        @JsonProperty("RequireLowercase") Boolean requireLowercase,
        @JsonProperty("RequireNumbers") Boolean requireNumbers,
        @JsonProperty("RequireSymbols") Boolean requireSymbols,
        @JsonProperty("PasswordHistorySize") Integer passwordHistorySize,
        @JsonProperty("TemporaryPasswordValidityDays") Integer temporaryPasswordValidityDays) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minimumLength = minimumLength;
        b.requireUppercase = requireUppercase;
        b.requireLowercase = requireLowercase;
        b.requireNumbers = requireNumbers;
        b.requireSymbols = requireSymbols;
        b.passwordHistorySize = passwordHistorySize;
        b.temporaryPasswordValidityDays = temporaryPasswordValidityDays;
        return b;
    }

    /** Builds {@link PasswordPolicyType}; unset members stay null. */
    public static final class Builder {
        private Integer minimumLength;
        private Boolean requireUppercase;
        private Boolean requireLowercase;
        private Boolean requireNumbers;
        private Boolean requireSymbols;
        private Integer passwordHistorySize;
        private Integer temporaryPasswordValidityDays;

        private Builder() {
        }

        /** The minimum length of the password in the policy that you have set. */
        public Builder minimumLength(Integer value) {
            this.minimumLength = value;
            return this;
        }

        /** The requirement in a password policy that users must include at least one uppercase letter in their password. */
        public Builder requireUppercase(Boolean value) {
            this.requireUppercase = value;
            return this;
        }

        /** The requirement in a password policy that users must include at least one lowercase letter in their password. */
        public Builder requireLowercase(Boolean value) {
            this.requireLowercase = value;
            return this;
        }

        /** The requirement in a password policy that users must include at least one number in their password. */
        public Builder requireNumbers(Boolean value) {
            this.requireNumbers = value;
            return this;
        }

        /** The requirement in a password policy that users must include at least one symbol in their password. */
        public Builder requireSymbols(Boolean value) {
            this.requireSymbols = value;
            return this;
        }

        /** The number of previous passwords that you want Amazon Cognito to restrict each user from reusing. */
        public Builder passwordHistorySize(Integer value) {
            this.passwordHistorySize = value;
            return this;
        }

        /** The number of days a temporary password is valid in the password policy. */
        public Builder temporaryPasswordValidityDays(Integer value) {
            this.temporaryPasswordValidityDays = value;
            return this;
        }

        /** Returns the record. */
        public PasswordPolicyType build() {
            return new PasswordPolicyType(minimumLength, requireUppercase, requireLowercase, requireNumbers, requireSymbols, passwordHistorySize, temporaryPasswordValidityDays);
        }
    }
}
