// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Settings for authentication (MFA) with passkey, or webauthN, biometric and security-key devices in a user pool.
 *
 * <p>Cognito shape {@code WebAuthnConfigurationType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebAuthnConfigurationType(
        @JsonProperty("RelyingPartyId") String relyingPartyId,
        @JsonProperty("UserVerification") String userVerification,
        @JsonProperty("FactorConfiguration") String factorConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.relyingPartyId = relyingPartyId;
        b.userVerification = userVerification;
        b.factorConfiguration = factorConfiguration;
        return b;
    }

    /** Builds {@link WebAuthnConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String relyingPartyId;
        private String userVerification;
        private String factorConfiguration;

        private Builder() {
        }

        /** Sets or displays the authentication domain, typically your user pool domain, that passkey providers must use as a relying party (RP) in their configuration. */
        public Builder relyingPartyId(String value) {
            this.relyingPartyId = value;
            return this;
        }

        /** When required , users can only register and sign in users with passkeys that are capable of user verification . */
        public Builder userVerification(String value) {
            this.userVerification = value;
            return this;
        }

        /** Sets whether passkeys can be used as multi-factor authentication (MFA). */
        public Builder factorConfiguration(String value) {
            this.factorConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public WebAuthnConfigurationType build() {
            return new WebAuthnConfigurationType(relyingPartyId, userVerification, factorConfiguration);
        }
    }
}
