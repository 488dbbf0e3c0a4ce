// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * RevokeTokenRequest
 *
 * <p>Cognito shape {@code RevokeTokenRequest}. Required: Token, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokeTokenRequest(
        @JsonProperty("Token") String token,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientSecret") String clientSecret) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.token = token;
        b.clientId = clientId;
        b.clientSecret = clientSecret;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "RevokeTokenRequest["
                + "token=" + (token == null ? null : "***")
                + ", clientId=" + (clientId == null ? null : "***")
                + ", clientSecret=" + (clientSecret == null ? null : "***") + "]";
    }

    /** Builds {@link RevokeTokenRequest}; unset members stay null. */
    public static final class Builder {
        private String token;
        private String clientId;
        private String clientSecret;

        private Builder() {
        }

        /** The refresh token that you want to revoke. */
        public Builder token(String value) {
            this.token = value;
            return this;
        }

        /** The ID of the app client where the token that you want to revoke was issued. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The client secret of the requested app client, if the client has a secret. */
        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        /** Returns the record. */
        public RevokeTokenRequest build() {
            return new RevokeTokenRequest(token, clientId, clientSecret);
        }
    }
}
