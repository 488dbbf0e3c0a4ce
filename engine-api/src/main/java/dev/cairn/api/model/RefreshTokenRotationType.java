// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configuration of your app client for refresh token rotation.
 *
 * <p>Cognito shape {@code RefreshTokenRotationType}. Required: Feature.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefreshTokenRotationType(
        @JsonProperty("Feature") String feature,
        @JsonProperty("RetryGracePeriodSeconds") Integer retryGracePeriodSeconds) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.feature = feature;
        b.retryGracePeriodSeconds = retryGracePeriodSeconds;
        return b;
    }

    /** Builds {@link RefreshTokenRotationType}; unset members stay null. */
    public static final class Builder {
        private String feature;
        private Integer retryGracePeriodSeconds;

        private Builder() {
        }

        /** The state of refresh token rotation for the current app client. */
        public Builder feature(String value) {
            this.feature = value;
            return this;
        }

        /** When you request a token refresh with GetTokensFromRefreshToken , the original refresh token that you're rotating out can remain valid for a period of time of up to 60 seconds. */
        public Builder retryGracePeriodSeconds(Integer value) {
            this.retryGracePeriodSeconds = value;
            return this;
        }

        /** Returns the record. */
        public RefreshTokenRotationType build() {
            return new RefreshTokenRotationType(feature, retryGracePeriodSeconds);
        }
    }
}
