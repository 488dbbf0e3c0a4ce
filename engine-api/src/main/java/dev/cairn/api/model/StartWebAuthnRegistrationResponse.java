// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * StartWebAuthnRegistrationResponse
 *
 * <p>Cognito shape {@code StartWebAuthnRegistrationResponse}. Required: CredentialCreationOptions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartWebAuthnRegistrationResponse(
        @JsonProperty("CredentialCreationOptions") Object credentialCreationOptions) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentialCreationOptions = credentialCreationOptions;
        return b;
    }

    /** Builds {@link StartWebAuthnRegistrationResponse}; unset members stay null. */
    public static final class Builder {
        private Object credentialCreationOptions;

        private Builder() {
        }

        /** The information that a user can provide in their request to register with their passkey provider. */
        public Builder credentialCreationOptions(Object value) {
            this.credentialCreationOptions = value;
            return this;
        }

        /** Returns the record. */
        public StartWebAuthnRegistrationResponse build() {
            return new StartWebAuthnRegistrationResponse(credentialCreationOptions);
        }
    }
}
