// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Represents the request to register a user.
 *
 * <p>Cognito shape {@code SignUpRequest}. Required: ClientId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignUpRequest(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("SecretHash") String secretHash,
        @JsonProperty("Username") String username,
        @JsonProperty("Password") String password,
        @JsonProperty("UserAttributes") List<AttributeType> userAttributes,
        @JsonProperty("ValidationData") List<AttributeType> validationData,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("UserContextData") UserContextDataType userContextData,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.secretHash = secretHash;
        b.username = username;
        b.password = password;
        b.userAttributes = userAttributes;
        b.validationData = validationData;
        b.analyticsMetadata = analyticsMetadata;
        b.userContextData = userContextData;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SignUpRequest["
                + "clientId=" + (clientId == null ? null : "***")
                + ", secretHash=" + (secretHash == null ? null : "***")
                + ", username=" + (username == null ? null : "***")
                + ", password=" + (password == null ? null : "***")
                + ", userAttributes=" + userAttributes
                + ", validationData=" + validationData
                + ", analyticsMetadata=" + analyticsMetadata
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link SignUpRequest}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String secretHash;
        private String username;
        private String password;
        private List<AttributeType> userAttributes;
        private List<AttributeType> validationData;
        private AnalyticsMetadataType analyticsMetadata;
        private UserContextDataType userContextData;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the app client where the user wants to sign up. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. */
        public Builder secretHash(String value) {
            this.secretHash = value;
            return this;
        }

        /** The username of the user that you want to sign up. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The user's proposed password. */
        public Builder password(String value) {
            this.password = value;
            return this;
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

        /** Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. */
        public Builder validationData(List<AttributeType> value) {
            this.validationData = value;
            return this;
        }

        /** Sets ValidationData from the given values. */
        public Builder validationData(AttributeType... values) {
            this.validationData = Arrays.asList(values);
            return this;
        }

        /** Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. */
        public Builder analyticsMetadata(AnalyticsMetadataType value) {
            this.analyticsMetadata = value;
            return this;
        }

        /** Contextual data about your user session like the device fingerprint, IP address, or location. */
        public Builder userContextData(UserContextDataType value) {
            this.userContextData = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public SignUpRequest build() {
            return new SignUpRequest(clientId, secretHash, username, password, userAttributes, validationData, analyticsMetadata, userContextData, clientMetadata);
        }
    }
}
