// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response to list user pools.
 *
 * <p>Cognito shape {@code ListUserPoolsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserPoolsResponse(
        @JsonProperty("UserPools") List<UserPoolDescriptionType> userPools,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPools = userPools;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListUserPoolsResponse}; unset members stay null. */
    public static final class Builder {
        private List<UserPoolDescriptionType> userPools;
        private String nextToken;

        private Builder() {
        }

        /** An array of user pools and their configuration details. */
        public Builder userPools(List<UserPoolDescriptionType> value) {
            this.userPools = value;
            return this;
        }

        /** Sets UserPools from the given values. */
        public Builder userPools(UserPoolDescriptionType... values) {
            this.userPools = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserPoolsResponse build() {
            return new ListUserPoolsResponse(userPools, nextToken);
        }
    }
}
