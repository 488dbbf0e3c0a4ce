// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to delete user attributes as an administrator.
 *
 * <p>Cognito shape {@code AdminDeleteUserAttributesRequest}. Required: UserPoolId, Username, UserAttributeNames.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminDeleteUserAttributesRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("UserAttributeNames") List<String> userAttributeNames) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.userAttributeNames = userAttributeNames;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminDeleteUserAttributesRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", userAttributeNames=" + userAttributeNames + "]";
    }

    /** Builds {@link AdminDeleteUserAttributesRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private List<String> userAttributeNames;

        private Builder() {
        }

        /** The ID of the user pool where you want to delete user attributes. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** An array of strings representing the user attribute names you want to delete. */
        public Builder userAttributeNames(List<String> value) {
            this.userAttributeNames = value;
            return this;
        }

        /** Sets UserAttributeNames from the given values. */
        public Builder userAttributeNames(String... values) {
            this.userAttributeNames = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public AdminDeleteUserAttributesRequest build() {
            return new AdminDeleteUserAttributesRequest(userPoolId, username, userAttributeNames);
        }
    }
}
