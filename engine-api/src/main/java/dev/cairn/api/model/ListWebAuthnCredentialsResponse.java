// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * ListWebAuthnCredentialsResponse
 *
 * <p>Cognito shape {@code ListWebAuthnCredentialsResponse}. Required: Credentials.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListWebAuthnCredentialsResponse(
        @JsonProperty("Credentials") List<WebAuthnCredentialDescription> credentials,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentials = credentials;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListWebAuthnCredentialsResponse}; unset members stay null. */
    public static final class Builder {
        private List<WebAuthnCredentialDescription> credentials;
        private String nextToken;

        private Builder() {
        }

        /** A list of registered passkeys for a user. */
        public Builder credentials(List<WebAuthnCredentialDescription> value) {
            this.credentials = value;
            return this;
        }

        /** Sets Credentials from the given values. */
        public Builder credentials(WebAuthnCredentialDescription... values) {
            this.credentials = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListWebAuthnCredentialsResponse build() {
            return new ListWebAuthnCredentialsResponse(credentials, nextToken);
        }
    }
}
