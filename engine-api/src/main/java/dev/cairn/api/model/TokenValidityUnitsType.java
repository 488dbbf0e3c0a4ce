// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The time units that, with IdTokenValidity , AccessTokenValidity , and RefreshTokenValidity , set and display the duration of ID, access, and refresh tokens for an app client.
 *
 * <p>Cognito shape {@code TokenValidityUnitsType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenValidityUnitsType(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("IdToken") String idToken,
        @JsonProperty("RefreshToken") String refreshToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.idToken = idToken;
        b.refreshToken = refreshToken;
        return b;
    }

    /** Builds {@link TokenValidityUnitsType}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String idToken;
        private String refreshToken;

        private Builder() {
        }

        /** A time unit for the value that you set in the AccessTokenValidity parameter. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** A time unit for the value that you set in the IdTokenValidity parameter. */
        public Builder idToken(String value) {
            this.idToken = value;
            return this;
        }

        /** A time unit for the value that you set in the RefreshTokenValidity parameter. */
        public Builder refreshToken(String value) {
            this.refreshToken = value;
            return this;
        }

        /** Returns the record. */
        public TokenValidityUnitsType build() {
            return new TokenValidityUnitsType(accessToken, idToken, refreshToken);
        }
    }
}
