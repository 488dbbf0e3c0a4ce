// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetTokensFromRefreshTokenResponse
 *
 * <p>Cognito shape {@code GetTokensFromRefreshTokenResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetTokensFromRefreshTokenResponse(
        @JsonProperty("AuthenticationResult") AuthenticationResultType authenticationResult) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.authenticationResult = authenticationResult;
        return b;
    }

    /** Builds {@link GetTokensFromRefreshTokenResponse}; unset members stay null. */
    public static final class Builder {
        private AuthenticationResultType authenticationResult;

        private Builder() {
        }

        /** Sets AuthenticationResult. */
        public Builder authenticationResult(AuthenticationResultType value) {
            this.authenticationResult = value;
            return this;
        }

        /** Returns the record. */
        public GetTokensFromRefreshTokenResponse build() {
            return new GetTokensFromRefreshTokenResponse(authenticationResult);
        }
    }
}
