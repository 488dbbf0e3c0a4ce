// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A short description of a user pool app client.
 *
 * <p>Cognito shape {@code UserPoolClientDescription}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPoolClientDescription(
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientName") String clientName) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.userPoolId = userPoolId;
        b.clientName = clientName;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "UserPoolClientDescription["
                + "clientId=" + (clientId == null ? null : "***")
                + ", userPoolId=" + userPoolId
                + ", clientName=" + clientName + "]";
    }

    /** Builds {@link UserPoolClientDescription}; unset members stay null. */
    public static final class Builder {
        private String clientId;
        private String userPoolId;
        private String clientName;

        private Builder() {
        }

        /** The app client ID. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The ID of the user pool that's associated with the app client. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The app client name. */
        public Builder clientName(String value) {
            this.clientName = value;
            return this;
        }

        /** Returns the record. */
        public UserPoolClientDescription build() {
            return new UserPoolClientDescription(clientId, userPoolId, clientName);
        }
    }
}
