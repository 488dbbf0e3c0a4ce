// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to delete a user.
 *
 * <p>Cognito shape {@code DeleteUserRequest}. Required: AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteUserRequest(
        @JsonProperty("AccessToken") String accessToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "DeleteUserRequest["
                + "accessToken=" + (accessToken == null ? null : "***") + "]";
    }

    /** Builds {@link DeleteUserRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Returns the record. */
        public DeleteUserRequest build() {
            return new DeleteUserRequest(accessToken);
        }
    }
}
