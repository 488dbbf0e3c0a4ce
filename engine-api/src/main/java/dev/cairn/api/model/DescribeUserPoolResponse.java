// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the response to describe the user pool.
 *
 * <p>Cognito shape {@code DescribeUserPoolResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DescribeUserPoolResponse(
        @JsonProperty("UserPool") UserPoolType userPool) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPool = userPool;
        return b;
    }

    /** Builds {@link DescribeUserPoolResponse}; unset members stay null. */
    public static final class Builder {
        private UserPoolType userPool;

        private Builder() {
        }

        /** The details of the requested user pool. */
        public Builder userPool(UserPoolType value) {
            this.userPool = value;
            return this;
        }

        /** Returns the record. */
        public DescribeUserPoolResponse build() {
            return new DescribeUserPoolResponse(userPool);
        }
    }
}
