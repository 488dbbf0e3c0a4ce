// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the response from the server to the request to update the user pool client.
 *
 * <p>Cognito shape {@code UpdateUserPoolClientResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserPoolClientResponse(
        @JsonProperty("UserPoolClient") UserPoolClientType userPoolClient) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolClient = userPoolClient;
        return b;
    }

    /** Builds {@link UpdateUserPoolClientResponse}; unset members stay null. */
    public static final class Builder {
        private UserPoolClientType userPoolClient;

        private Builder() {
        }

        /** The updated details of your app client. */
        public Builder userPoolClient(UserPoolClientType value) {
            this.userPoolClient = value;
            return this;
        }

        /** Returns the record. */
        public UpdateUserPoolClientResponse build() {
            return new UpdateUserPoolClientResponse(userPoolClient);
        }
    }
}
