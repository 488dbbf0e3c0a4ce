// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to verify user attributes.
 *
 * <p>Cognito shape {@code VerifyUserAttributeRequest}. Required: AccessToken, AttributeName, Code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyUserAttributeRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("Code") String code) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.attributeName = attributeName;
        b.code = code;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "VerifyUserAttributeRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", attributeName=" + attributeName
                + ", code=" + code + "]";
    }

    /** Builds {@link VerifyUserAttributeRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private String attributeName;
        private String code;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** The name of the attribute that you want to verify. */
        public Builder attributeName(String value) {
            this.attributeName = value;
            return this;
        }

        /** The verification code that your user pool sent to the added or changed attribute, for example the user's email address. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** Returns the record. */
        public VerifyUserAttributeRequest build() {
            return new VerifyUserAttributeRequest(accessToken, attributeName, code);
        }
    }
}
