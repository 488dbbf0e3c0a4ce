// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list of user pool policies.
 *
 * <p>Cognito shape {@code UserPoolPolicyType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPoolPolicyType(
        @JsonProperty("PasswordPolicy") PasswordPolicyType passwordPolicy,
        @JsonProperty("SignInPolicy") SignInPolicyType signInPolicy) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.passwordPolicy = passwordPolicy;
        b.signInPolicy = signInPolicy;
        return b;
    }

    /** Builds {@link UserPoolPolicyType}; unset members stay null. */
    public static final class Builder {
        private PasswordPolicyType passwordPolicy;
        private SignInPolicyType signInPolicy;

        private Builder() {
        }

        /** The password policy settings for a user pool, including complexity, history, and length requirements. */
        public Builder passwordPolicy(PasswordPolicyType value) {
            this.passwordPolicy = value;
            return this;
        }

        /** The policy for allowed types of authentication in a user pool. */
        public Builder signInPolicy(SignInPolicyType value) {
            this.signInPolicy = value;
            return this;
        }

        /** Returns the record. */
        public UserPoolPolicyType build() {
            return new UserPoolPolicyType(passwordPolicy, signInPolicy);
        }
    }
}
