// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Represents the request to list the devices.
 *
 * <p>Cognito shape {@code ListDevicesRequest}. Required: AccessToken.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListDevicesRequest(
        @JsonProperty("AccessToken") String accessToken,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("PaginationToken") String paginationToken) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.limit = limit;
        b.paginationToken = paginationToken;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "ListDevicesRequest["
                + "accessToken=" + (accessToken == null ? null : "***")
                + ", limit=" + limit
                + ", paginationToken=" + paginationToken + "]";
    }

    /** Builds {@link ListDevicesRequest}; unset members stay null. */
    public static final class Builder {
        private String accessToken;
        private Integer limit;
        private String paginationToken;

        private Builder() {
        }

        /** A valid access token that Amazon Cognito issued to the currently signed-in user. */
        public Builder accessToken(String value) {
            this.accessToken = value;
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
        public ListDevicesRequest build() {
            return new ListDevicesRequest(accessToken, limit, paginationToken);
        }
    }
}
