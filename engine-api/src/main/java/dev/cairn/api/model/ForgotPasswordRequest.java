// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Represents the request to reset a user's password.
 *
 * <p>Cognito shape {@code ForgotPasswordRequest}. Required: ClientId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForgotPasswordRequest(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("SecretHash") String secretHash,
        @JsonProperty("UserContextData") UserContextDataType userContextData,
        @JsonProperty("Username") String username,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
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
        b.userContextData = userContextData;
        b.username = username;
        b.analyticsMetadata = analyticsMetadata;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ForgotPasswordRequest["
                + "clientId=" + (clientId == null ? null : "***")
                + ", secretHash=" + (secretHash == null ? null : "***")
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", username=" + (username == null ? null : "***")
                + ", analyticsMetadata=" + analyticsMetadata
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link ForgotPasswordRequest}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String secretHash;
        private UserContextDataType userContextData;
        private String username;
        private AnalyticsMetadataType analyticsMetadata;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the user pool app client associated with the current signed-in user. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** A keyed-hash message authentication code (HMAC) calculated using the secret key of a user pool client and username plus the client ID in the message. */
        public Builder secretHash(String value) {
            this.secretHash = value;
            return this;
        }

        /** Contextual data about your user session like the device fingerprint, IP address, or location. */
        public Builder userContextData(UserContextDataType value) {
            this.userContextData = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** Information that supports analytics outcomes with Amazon Pinpoint, including the user's endpoint ID. */
        public Builder analyticsMetadata(AnalyticsMetadataType value) {
            this.analyticsMetadata = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public ForgotPasswordRequest build() {
            return new ForgotPasswordRequest(clientId, secretHash, userContextData, username, analyticsMetadata, clientMetadata);
        }
    }
}
