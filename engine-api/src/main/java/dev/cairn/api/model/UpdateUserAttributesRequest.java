// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Represents the request to update user attributes.
 *
 * <p>Cognito shape {@code UpdateUserAttributesRequest}. Required: UserAttributes, AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserAttributesRequest(
        @JsonProperty("UserAttributes") List<AttributeType> userAttributes,
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userAttributes = userAttributes;
        b.accessToken = accessToken;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UpdateUserAttributesRequest["
                + "userAttributes=" + userAttributes
                + ", accessToken=" + (accessToken == null ? null : "***")
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link UpdateUserAttributesRequest}; unset members stay null. */
    public static final class Builder {
        private List<AttributeType> userAttributes;
        private String accessToken;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** An array of name-value pairs representing user attributes. */
        public Builder userAttributes(List<AttributeType> value) {
            this.userAttributes = value;
            return this;
        }

        /** Sets UserAttributes from the given values. */
        public Builder userAttributes(AttributeType... values) {
            this.userAttributes = Arrays.asList(values);
            return this;
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public UpdateUserAttributesRequest build() {
            return new UpdateUserAttributesRequest(userAttributes, accessToken, clientMetadata);
        }
    }
}
