// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the request to delete user attributes.
 *
 * <p>Cognito shape {@code DeleteUserAttributesRequest}. Required: UserAttributeNames, AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteUserAttributesRequest(
        @JsonProperty("UserAttributeNames") List<String> userAttributeNames,
        @JsonProperty("AccessToken") String accessToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userAttributeNames = userAttributeNames;
        b.accessToken = accessToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "DeleteUserAttributesRequest["
                + "userAttributeNames=" + userAttributeNames
                + ", accessToken=" + (accessToken == null ? null : "***") + "]";
    }

    /** Builds {@link DeleteUserAttributesRequest}; unset members stay null. */
    public static final class Builder {
        private List<String> userAttributeNames;
        private String accessToken;

        private Builder() {
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

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        /** Returns the record. */
        public DeleteUserAttributesRequest build() {
            return new DeleteUserAttributesRequest(userAttributeNames, accessToken);
        }
    }
}
