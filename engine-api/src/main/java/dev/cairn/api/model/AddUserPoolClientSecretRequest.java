// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request to create a new client secret for a user pool app client.
 *
 * <p>Cognito shape {@code AddUserPoolClientSecretRequest}. Required: UserPoolId, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddUserPoolClientSecretRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientSecret") String clientSecret) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.clientSecret = clientSecret;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AddUserPoolClientSecretRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", clientSecret=" + (clientSecret == null ? null : "***") + "]";
    }

    /** Builds {@link AddUserPoolClientSecretRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String clientSecret;

        private Builder() {
        }

        /** The ID of the user pool that contains the app client. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client for which you want to create a new secret. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The client secret value you want to use. */
        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        /** Returns the record. */
        public AddUserPoolClientSecretRequest build() {
            return new AddUserPoolClientSecretRequest(userPoolId, clientId, clientSecret);
        }
    }
}
