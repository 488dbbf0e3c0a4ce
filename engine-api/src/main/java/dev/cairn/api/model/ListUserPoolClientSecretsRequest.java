// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request to list client secrets for a user pool app client.
 *
 * <p>Cognito shape {@code ListUserPoolClientSecretsRequest}. Required: UserPoolId, ClientId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserPoolClientSecretsRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.nextToken = nextToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ListUserPoolClientSecretsRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", nextToken=" + nextToken + "]";
    }

    /** Builds {@link ListUserPoolClientSecretsRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private String nextToken;

        private Builder() {
        }

        /** The ID of the user pool that contains the app client. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client whose secrets you want to list. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserPoolClientSecretsRequest build() {
            return new ListUserPoolClientSecretsRequest(userPoolId, clientId, nextToken);
        }
    }
}
