// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CompleteWebAuthnRegistrationRequest
 *
 * <p>Cognito shape {@code CompleteWebAuthnRegistrationRequest}. Required: AccessToken, Credential.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompleteWebAuthnRegistrationRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("Credential") Object credential) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.credential = credential;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "CompleteWebAuthnRegistrationRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", credential=" + credential + "]";
    }

    /** Builds {@link CompleteWebAuthnRegistrationRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private Object credential;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** A RegistrationResponseJSON public-key credential response from the user's passkey provider. */
        public Builder credential(Object value) {
            this.credential = value;
            return this;
        }

        /** Returns the record. */
        public CompleteWebAuthnRegistrationRequest build() {
            return new CompleteWebAuthnRegistrationRequest(accessToken, credential);
        }
    }
}
