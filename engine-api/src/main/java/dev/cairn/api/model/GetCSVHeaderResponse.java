// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * Represents the response from the server to the request to get the header information of the CSV file for the user import job.
 *
 * <p>Cognito shape {@code GetCSVHeaderResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetCSVHeaderResponse(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("CSVHeader") List<String> csvHeader) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.csvHeader = csvHeader;
        return b;
    }

    /** Builds {@link GetCSVHeaderResponse}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private List<String> csvHeader;

        private Builder() {
        }

        /** The ID of the requested user pool. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A comma-separated list of attributes from your user pool. */
        public Builder csvHeader(List<String> value) {
            this.csvHeader = value;
            return this;
        }

        /** Sets CSVHeader from the given values. */
        public Builder csvHeader(String... values) {
            this.csvHeader = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public GetCSVHeaderResponse build() {
            return new GetCSVHeaderResponse(userPoolId, csvHeader);
        }
    }
}
