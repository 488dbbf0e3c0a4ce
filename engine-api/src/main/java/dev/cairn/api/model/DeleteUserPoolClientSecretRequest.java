// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request to delete a specific client secret from a user pool app client.
 *
 * <p>Cognito shape {@code DeleteUserPoolClientSecretRequest}. Required: UserPoolId, ClientId, ClientSecretId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteUserPoolClientSecretRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientSecretId") String clientSecretId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.clientSecretId = clientSecretId;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "DeleteUserPoolClientSecretRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", clientSecretId=" + clientSecretId + "]";
    }

    /** Builds {@link DeleteUserPoolClientSecretRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String clientSecretId;

        private Builder() {
        }

        /** The ID of the user pool that contains the app client. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client from which you want to delete the secret. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The unique identifier of the client secret you want to delete. */
        public Builder clientSecretId(String value) {
            this.clientSecretId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteUserPoolClientSecretRequest build() {
            return new DeleteUserPoolClientSecretRequest(userPoolId, clientId, clientSecretId);
        }
    }
}
