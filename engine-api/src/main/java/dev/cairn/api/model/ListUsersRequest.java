// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to list users.
 *
 * <p>Cognito shape {@code ListUsersRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUsersRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("AttributesToGet") List<String> attributesToGet,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("PaginationToken") String paginationToken,
        @JsonProperty("Filter") String filter) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.attributesToGet = attributesToGet;
        b.limit = limit;
        b.paginationToken = paginationToken;
        b.filter = filter;
        return b;
    }

    /** Builds {@link ListUsersRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private List<String> attributesToGet;
        private Integer limit;
        private String paginationToken;
        private String filter;

        private Builder() {
        }

        /** The ID of the user pool where you want to display or search for users. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A JSON array of user attribute names, for example given_name , that you want Amazon Cognito to include in the response for each user. */
        public Builder attributesToGet(List<String> value) {
            this.attributesToGet = value;
            return this;
        }

        /** Sets AttributesToGet from the given values. */
        public Builder attributesToGet(String... values) {
            this.attributesToGet = Arrays.asList(values);
            return this;
        }

        /** The maximum number of users that you want Amazon Cognito to return in the response. */
        public Builder limit(Integer value) {
            this.limit = value;
            return this;
        }

        /** This API operation returns a limited number of results. */
        public Builder paginationToken(String value) {
            this.paginationToken = value;
            return this;
        }

        /** A filter string of the form "AttributeName Filter-Type "AttributeValue" . */
        public Builder filter(String value) {
            this.filter = value;
            return this;
        }

        /** Returns the record. */
        public ListUsersRequest build() {
            return new ListUsersRequest(userPoolId, attributesToGet, limit, paginationToken, filter);
        }
    }
}
