// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * AdminSetUserPasswordRequest
 *
 * <p>Cognito shape {@code AdminSetUserPasswordRequest}. Required: UserPoolId, Username, Password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminSetUserPasswordRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("Password") String password,
        @JsonProperty("Permanent") Boolean permanent) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.password = password;
        b.permanent = permanent;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminSetUserPasswordRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", password=" + (password == null ? null : "***")
                + ", permanent=" + permanent + "]";
    }

    /** Builds {@link AdminSetUserPasswordRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private String password;
        private Boolean permanent;

        private Builder() {
        }

        /** The ID of the user pool where you want to set the user's password. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The new temporary or permanent password that you want to set for the user. */
        public Builder password(String value) {
            this.password = value;
            return this;
        }

        /** Set to true to set a password that the user can immediately sign in with. */
        public Builder permanent(Boolean value) {
            this.permanent = value;
            return this;
        }

        /** Returns the record. */
        public AdminSetUserPasswordRequest build() {
            return new AdminSetUserPasswordRequest(userPoolId, username, password, permanent);
        }
    }
}
