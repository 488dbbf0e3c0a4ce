// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The policy for allowed types of authentication in a user pool.
 *
 * <p>Cognito shape {@code SignInPolicyType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignInPolicyType(
        @JsonProperty("AllowedFirstAuthFactors") List<String> allowedFirstAuthFactors) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.allowedFirstAuthFactors = allowedFirstAuthFactors;
        return b;
    }

    /** Builds {@link SignInPolicyType}; unset members stay null. */
    public static final class Builder {
        private List<String> allowedFirstAuthFactors;

        private Builder() {
        }

        /** The sign-in methods that a user pool supports as the first factor. */
        public Builder allowedFirstAuthFactors(List<String> value) {
            this.allowedFirstAuthFactors = value;
            return this;
        }

        /** Sets AllowedFirstAuthFactors from the given values. */
        public Builder allowedFirstAuthFactors(String... values) {
            this.allowedFirstAuthFactors = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public SignInPolicyType build() {
            return new SignInPolicyType(allowedFirstAuthFactors);
        }
    }
}
