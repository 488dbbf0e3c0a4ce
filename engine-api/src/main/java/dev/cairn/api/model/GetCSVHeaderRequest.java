// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to get the header information of the CSV file for the user import job.
 *
 * <p>Cognito shape {@code GetCSVHeaderRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetCSVHeaderRequest(
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

    /** Builds {@link GetCSVHeaderRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;

        private Builder() {
        }

        /** The ID of the user pool that you want to import users into. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public GetCSVHeaderRequest build() {
            return new GetCSVHeaderRequest(userPoolId);
        }
    }
}
