// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Represents the request to get user attribute verification.
 *
 * <p>Cognito shape {@code GetUserAttributeVerificationCodeRequest}. Required: AccessToken, AttributeName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetUserAttributeVerificationCodeRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.attributeName = attributeName;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "GetUserAttributeVerificationCodeRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", attributeName=" + attributeName
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link GetUserAttributeVerificationCodeRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String attributeName;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The name of the attribute that the user wants to verify, for example email . */
        public Builder attributeName(String value) {
            this.attributeName = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public GetUserAttributeVerificationCodeRequest build() {
            return new GetUserAttributeVerificationCodeRequest(accessToken, attributeName, clientMetadata);
        }
    }
}
