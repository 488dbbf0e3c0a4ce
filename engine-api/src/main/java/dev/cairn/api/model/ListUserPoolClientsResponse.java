// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server that lists user pool clients.
 *
 * <p>Cognito shape {@code ListUserPoolClientsResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUserPoolClientsResponse(
        @JsonProperty("UserPoolClients") List<UserPoolClientDescription> userPoolClients,
        @JsonProperty("NextToken") String nextToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolClients = userPoolClients;
        b.nextToken = nextToken;
        return b;
    }

    /** Builds {@link ListUserPoolClientsResponse}; unset members stay null. */
    public static final class Builder {
        private List<UserPoolClientDescription> userPoolClients;
        private String nextToken;

        private Builder() {
        }

        /** An array of app clients and their details. */
        public Builder userPoolClients(List<UserPoolClientDescription> value) {
            this.userPoolClients = value;
            return this;
        }

        /** Sets UserPoolClients from the given values. */
        public Builder userPoolClients(UserPoolClientDescription... values) {
            this.userPoolClients = Arrays.asList(values);
            return this;
        }

        /** The identifier that Amazon Cognito returned with the previous request to this operation. */
        public Builder nextToken(String value) {
            this.nextToken = value;
            return this;
        }

        /** Returns the record. */
        public ListUserPoolClientsResponse build() {
            return new ListUserPoolClientsResponse(userPoolClients, nextToken);
        }
    }
}
