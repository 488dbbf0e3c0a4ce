// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Confirm a user's registration as a user pool administrator.
 *
 * <p>Cognito shape {@code AdminConfirmSignUpRequest}. Required: UserPoolId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminConfirmSignUpRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("ClientMetadata") Map<String, String> clientMetadata) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.clientMetadata = clientMetadata;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminConfirmSignUpRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", clientMetadata=" + clientMetadata + "]";
    }

    /** Builds {@link AdminConfirmSignUpRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private Map<String, String> clientMetadata;

        private Builder() {
        }

        /** The ID of the user pool where you want to confirm a user's sign-up request. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. */
        public Builder clientMetadata(Map<String, String> value) {
            this.clientMetadata = value;
            return this;
        }

        /** Returns the record. */
        public AdminConfirmSignUpRequest build() {
            return new AdminConfirmSignUpRequest(userPoolId, username, clientMetadata);
        }
    }
}
