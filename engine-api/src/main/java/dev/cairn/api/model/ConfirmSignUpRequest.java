// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Represents the request to confirm registration of a user.
 *
 * <p>Cognito shape {@code ConfirmSignUpRequest}. Required: ClientId, Username, ConfirmationCode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmSignUpRequest(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("SecretHash") String secretHash,
        @JsonProperty("Username") String username,
        @JsonProperty("ConfirmationCode") String confirmationCode,
        @JsonProperty("ForceAliasCreation") Boolean forceAliasCreation,
        @JsonProperty("AnalyticsMetadata") AnalyticsMetadataType analyticsMetadata,
        @JsonProperty("UserContextData") UserContextDataType userContextData,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata,
        @JsonProperty("Session") String session) {

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
        b.forceAliasCreation = forceAliasCreation;
        b.analyticsMetadata = analyticsMetadata;
        b.userContextData = userContextData;
        b.clientMetadata = clientMetadata;
        b.session = session;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ConfirmSignUpRequest["
                + "clientId=" + (clientId == null ? null : "***")
                + ", secretHash=" + (secretHash == null ? null : "***")
                + ", username=" + (username == null ? null : "***")
                + ", confirmationCode=" + confirmationCode
                + ", forceAliasCreation=" + forceAliasCreation
                + ", analyticsMetadata=" + analyticsMetadata
                + ", userContextData=" + (userContextData == null ? null : "***")
                + ", clientMetadata=" + clientMetadata
                + ", session=" + (session == null ? null : "***") + "]";
    }

    /** Builds {@link ConfirmSignUpRequest}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String secretHash;
        private String username;
        private String confirmationCode;
        private Boolean forceAliasCreation;
        private AnalyticsMetadataType analyticsMetadata;
        private UserContextDataType userContextData;
        private Map<String, String> clientMetadata;
        private String session;

        private Builder() {
        }

        /** The ID of the app client associated with the user pool. */
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

        /** The confirmation code that your user pool sent in response to the SignUp request. */
        public Builder confirmationCode(String value) {
            this.confirmationCode = value;
            return this;
        }

        /** When true , forces user confirmation despite any existing aliases. */
        public Builder forceAliasCreation(Boolean value) {
            this.forceAliasCreation = value;
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

        /** The optional session ID from a SignUp API request. */
        public Builder session(String value) {
            this.session = value;
            return this;
        }

        /** Returns the record. */
        public ConfirmSignUpRequest build() {
            return new ConfirmSignUpRequest(clientId, secretHash, username, confirmationCode, forceAliasCreation, analyticsMetadata, userContextData, clientMetadata, session);
        }
    }
}
