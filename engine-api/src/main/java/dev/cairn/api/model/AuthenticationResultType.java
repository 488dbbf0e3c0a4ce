// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The object that your application receives after authentication.
 *
 * <p>Cognito shape {@code AuthenticationResultType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthenticationResultType(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("ExpiresIn") Integer expiresIn,
        @JsonProperty("TokenType") String tokenType,
        @JsonProperty("RefreshToken") String refreshToken,
        @JsonProperty("IdToken") String idToken,
        @JsonProperty("NewDeviceMetadata") NewDeviceMetadataType newDeviceMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.expiresIn = expiresIn;
        b.tokenType = tokenType;
        b.refreshToken = refreshToken;
        b.idToken = idToken;
        b.newDeviceMetadata = newDeviceMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AuthenticationResultType["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", expiresIn=" + expiresIn
                + ", tokenType=" + tokenType
                + ", refreshToken=" + (refreshToken == null ? null : "***")
                + ", idToken=" + (idToken == null ? null : "***")
                + ", newDeviceMetadata=" + newDeviceMetadata + "]";
    }

    /** Builds {@link AuthenticationResultType}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private Integer expiresIn;
        private String tokenType;
        private String refreshToken;
        private String idToken;
        private NewDeviceMetadataType newDeviceMetadata;

        private Builder() {
        }

        /** Your user's access token. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The expiration period of the authentication result in seconds. */
        public Builder expiresIn(Integer value) {
            this.expiresIn = value;
            return this;
        }

        /** The intended use of the token, for example Bearer . */
        public Builder tokenType(String value) {
            this.tokenType = value;
            return this;
        }

        /** Your user's refresh token. */
        public Builder refreshToken(String value) {
            this.refreshToken = value;
            return this;
        }

        /** Your user's ID token. */
        public Builder idToken(String value) {
            this.idToken = value;
            return this;
        }

        /** The new device metadata from an authentication result. */
        public Builder newDeviceMetadata(NewDeviceMetadataType value) {
            this.newDeviceMetadata = value;
            return this;
        }

        /** Returns the record. */
        public AuthenticationResultType build() {
            return new AuthenticationResultType(accessToken, expiresIn, tokenType, refreshToken, idToken, newDeviceMetadata);
        }
    }
}
