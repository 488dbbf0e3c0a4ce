// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * GetTokensFromRefreshTokenRequest
 *
 * <p>Cognito shape {@code GetTokensFromRefreshTokenRequest}. Required: RefreshToken, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetTokensFromRefreshTokenRequest(
        @JsonProperty("RefreshToken") String refreshToken,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientSecret") String clientSecret,
        @JsonProperty("DeviceKey") String deviceKey,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.refreshToken = refreshToken;
        b.clientId = clientId;
        b.clientSecret = clientSecret;
        b.deviceKey = deviceKey;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetTokensFromRefreshTokenRequest["
                + "refreshToken=" + (refreshToken == null ? null : "***")
                + ", clientId=" + (clientId == null ? null : "***")
                + ", clientSecret=" + (clientSecret == null ? null : "***")
                + ", deviceKey=" + deviceKey
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link GetTokensFromRefreshTokenRequest}; unset members stay null. */
    public static final class Builder {
        private String refreshToken;
        private String clientId;
        private String clientSecret;
        private String deviceKey;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** A valid refresh token that can authorize the request for new tokens. */
        public Builder refreshToken(String value) {
            this.refreshToken = value;
            return this;
        }

        /** The app client that issued the refresh token to the user who wants to request new tokens. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The client secret of the requested app client, if the client has a secret. */
        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        /** When you enable device remembering, Amazon Cognito issues a device key that you can use for device authentication that bypasses multi-factor authentication (MFA). */
        public Builder deviceKey(String value) {
            this.deviceKey = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public GetTokensFromRefreshTokenRequest build() {
            return new GetTokensFromRefreshTokenRequest(refreshToken, clientId, clientSecret, deviceKey, clientMetadata);
        }
    }
}
