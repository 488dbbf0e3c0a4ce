// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * DeleteResourceServerRequest
 *
 * <p>Cognito shape {@code DeleteResourceServerRequest}. Required: UserPoolId, Identifier.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteResourceServerRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Identifier") String identifier) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.identifier = identifier;
        return b;
    }

    /** Builds {@link DeleteResourceServerRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String identifier;

        private Builder() {
        }

        /** The ID of the user pool where you want to delete the resource server. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The identifier of the resource server that you want to delete. */
        public Builder identifier(String value) {
            this.identifier = value;
            return this;
        }

        /** Returns the record. */
        public DeleteResourceServerRequest build() {
            return new DeleteResourceServerRequest(userPoolId, identifier);
        }
    }
}
