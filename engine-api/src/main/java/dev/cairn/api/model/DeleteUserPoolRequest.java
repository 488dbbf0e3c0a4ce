// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to delete a user pool.
 *
 * <p>Cognito shape {@code DeleteUserPoolRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteUserPoolRequest(
        @JsonProperty("UserPoolId") String userPoolId) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        return b;
    }

    /** Builds {@link DeleteUserPoolRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;

        private Builder() {
        }

        /** The ID of the user pool that you want to delete. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public DeleteUserPoolRequest build() {
            return new DeleteUserPoolRequest(userPoolId);
        }
    }
}
