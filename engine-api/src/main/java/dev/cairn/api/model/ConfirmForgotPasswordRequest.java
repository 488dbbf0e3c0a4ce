// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * The request representing the confirmation for a password reset.
 *
 * <p>Cognito shape {@code ConfirmForgotPasswordRequest}. Required: ClientId, Username, ConfirmationCode, Password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmForgotPasswordRequest(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("SecretHash") String secretHash,
        @JsonProperty("Username") String username,
        @JsonProperty("ConfirmationCode") String confirmationCode,
        @JsonProperty("Password") String password,
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
        b.confirmationCode = confirmationCode;
        b.password = password;
        b.analyticsMetadata = analyticsMetadata;
        b.userContextData = userContextData;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ConfirmForgotPasswordRequest["
                + "clientId=" + (clientId == null ? null : "***")
                + ", secretHash=" + (secretHash == null ? null : "***")
                + ", username=" + (username == null ? null : "***")
                + ", confirmationCode=" + confirmationCode
                + ", password=" + (password == null ? null : "***")
                + ", analyticsMetadata=" + analyticsMetadata
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link ConfirmForgotPasswordRequest}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String secretHash;
        private String username;
        private String confirmationCode;
        private String password;
        private AnalyticsMetadataType analyticsMetadata;
        private UserContextDataType userContextData;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the app client where the user wants to reset their password. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. */
        public Builder secretHash(String value) {
            this.secretHash = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The confirmation code that your user pool delivered when your user requested to reset their password. */
        public Builder confirmationCode(String value) {
            this.confirmationCode = value;
            return this;
        }

        /** The new password that your user wants to set. */
        public Builder password(String value) {
            this.password = value;
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
        public ConfirmForgotPasswordRequest build() {
            return new ConfirmForgotPasswordRequest(clientId, secretHash, username, confirmationCode, password, analyticsMetadata, userContextData, clientMetadata);
        }
    }
}
