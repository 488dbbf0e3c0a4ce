// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetLogDeliveryConfigurationRequest
 *
 * <p>Cognito shape {@code GetLogDeliveryConfigurationRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetLogDeliveryConfigurationRequest(
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

    /** Builds {@link GetLogDeliveryConfigurationRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;

        private Builder() {
        }

        /** The ID of the user pool that has the logging configuration that you want to view. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** Returns the record. */
        public GetLogDeliveryConfigurationRequest build() {
            return new GetLogDeliveryConfigurationRequest(userPoolId);
        }
    }
}
