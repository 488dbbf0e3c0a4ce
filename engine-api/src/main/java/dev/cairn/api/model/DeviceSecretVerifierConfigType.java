// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Secure Remote Password (SRP) value that your application generates when you register a user's device.
 *
 * <p>Cognito shape {@code DeviceSecretVerifierConfigType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceSecretVerifierConfigType(
        @JsonProperty("PasswordVerifier") String passwordVerifier,
        @JsonProperty("Salt") String salt) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.passwordVerifier = passwordVerifier;
        b.salt = salt;
        return b;
    }

    /** Builds {@link DeviceSecretVerifierConfigType}; unset members stay null. */
    public static final class Builder {
        private String passwordVerifier;
        private String salt;

        private Builder() {
        }

        /** A password verifier for a user's device. */
        public Builder passwordVerifier(String value) {
            this.passwordVerifier = value;
            return this;
        }

        /** The salt that you want to use in SRP authentication with the user's device. */
        public Builder salt(String value) {
            this.salt = value;
            return this;
        }

        /** Returns the record. */
        public DeviceSecretVerifierConfigType build() {
            return new DeviceSecretVerifierConfigType(passwordVerifier, salt);
        }
    }
}
