// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteWebAuthnCredentialRequest
 *
 * <p>Cognito shape {@code DeleteWebAuthnCredentialRequest}. Required: AccessToken, CredentialId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteWebAuthnCredentialRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("CredentialId") String credentialId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.credentialId = credentialId;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "DeleteWebAuthnCredentialRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", credentialId=" + credentialId + "]";
    }

    /** Builds {@link DeleteWebAuthnCredentialRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String credentialId;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The unique identifier of the passkey that you want to delete. */
        public Builder credentialId(String value) {
            this.credentialId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteWebAuthnCredentialRequest build() {
            return new DeleteWebAuthnCredentialRequest(accessToken, credentialId);
        }
    }
}
