// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to list devices, as an administrator.
 *
 * <p>Cognito shape {@code AdminListDevicesRequest}. Required: UserPoolId, Username.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdminListDevicesRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Username") String username,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.username = username;
        b.limit = limit;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "AdminListDevicesRequest["
                + "userPoolId=" + userPoolId
                + ", username=" + (username == null ? null : "***")
                + ", limit=" + limit
                + ", paginationToken=" + paginationToken + "]";
    }

    /** Builds {@link AdminListDevicesRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String username;
        private Integer limit;
        private String paginationToken;

        private Builder() {
        }

        /** The ID of the user pool where the device owner is a user. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The name of the user that you want to query or modify. */
        public Builder username(String value) {
            this.username = value;
            return this;
        }

        /** The maximum number of devices that you want Amazon Cognito to return in the response. */
        public Builder limit(Integer value) {
            this.limit = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** Returns the record. */
        public AdminListDevicesRequest build() {
            return new AdminListDevicesRequest(userPoolId, username, limit, paginationToken);
        }
    }
}
