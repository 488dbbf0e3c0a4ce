// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The details of a passkey, or webauthN, biometric or security-key authentication factor for a user.
 *
 * <p>Cognito shape {@code WebAuthnCredentialDescription}. Required: CredentialId, FriendlyCredentialName, RelyingPartyId, AuthenticatorTransports, CreatedAt.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebAuthnCredentialDescription(
        @JsonProperty("CredentialId") String credentialId,
        @JsonProperty("FriendlyCredentialName") String friendlyCredentialName,
        @JsonProperty("RelyingPartyId") String relyingPartyId,
        @JsonProperty("AuthenticatorAttachment") String authenticatorAttachment,
        @JsonProperty("AuthenticatorTransports") List<String> authenticatorTransports,
        @JsonProperty("CreatedAt") Instant createdAt) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentialId = credentialId;
        b.friendlyCredentialName = friendlyCredentialName;
        b.relyingPartyId = relyingPartyId;
        b.authenticatorAttachment = authenticatorAttachment;
        b.authenticatorTransports = authenticatorTransports;
        b.createdAt = createdAt;
        return b;
    }

    /** Builds {@link WebAuthnCredentialDescription}; unset members stay null. */
    public static final class Builder {
        private String credentialId;
        private String friendlyCredentialName;
        private String relyingPartyId;
        private String authenticatorAttachment;
        private List<String> authenticatorTransports;
        private Instant createdAt;

        private Builder() {
        }

        /** The unique identifier of the passkey credential. */
        public Builder credentialId(String value) {
            this.credentialId = value;
            return this;
        }

        /** An automatically-generated friendly name for the passkey credential. */
        public Builder friendlyCredentialName(String value) {
            this.friendlyCredentialName = value;
            return this;
        }

        /** The relying-party ID of the provider for the passkey credential. */
        public Builder relyingPartyId(String value) {
            this.relyingPartyId = value;
            return this;
        }

        /** The general category of the passkey authenticator. */
        public Builder authenticatorAttachment(String value) {
            this.authenticatorAttachment = value;
            return this;
        }

        /** Information about the transport methods of the passkey credential, for example USB or Bluetooth Low Energy. */
        public Builder authenticatorTransports(List<String> value) {
            this.authenticatorTransports = value;
            return this;
        }

        /** Sets AuthenticatorTransports from the given values. */
        public Builder authenticatorTransports(String... values) {
            this.authenticatorTransports = Arrays.asList(values);
            return this;
        }

        /** The date and time when the item was created. */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** Returns the record. */
        public WebAuthnCredentialDescription build() {
            return new WebAuthnCredentialDescription(credentialId, friendlyCredentialName, relyingPartyId, authenticatorAttachment, authenticatorTransports, createdAt);
        }
    }
}
