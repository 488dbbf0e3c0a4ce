// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetLogDeliveryConfigurationResponse
 *
 * <p>Cognito shape {@code GetLogDeliveryConfigurationResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetLogDeliveryConfigurationResponse(
        @JsonProperty("LogDeliveryConfiguration") LogDeliveryConfigurationType logDeliveryConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.logDeliveryConfiguration = logDeliveryConfiguration;
        return b;
    }

    /** Builds {@link GetLogDeliveryConfigurationResponse}; unset members stay null. */
    public static final class Builder {
        private LogDeliveryConfigurationType logDeliveryConfiguration;

        private Builder() {
        }

        /** The logging configuration of the requested user pool. */
        public Builder logDeliveryConfiguration(LogDeliveryConfigurationType value) {
            this.logDeliveryConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public GetLogDeliveryConfigurationResponse build() {
            return new GetLogDeliveryConfigurationResponse(logDeliveryConfiguration);
        }
    }
}
