// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * SetLogDeliveryConfigurationRequest
 *
 * <p>Cognito shape {@code SetLogDeliveryConfigurationRequest}. Required: UserPoolId, LogConfigurations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetLogDeliveryConfigurationRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("LogConfigurations") List<LogConfigurationType> logConfigurations) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.logConfigurations = logConfigurations;
        return b;
    }

    /** Builds {@link SetLogDeliveryConfigurationRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private List<LogConfigurationType> logConfigurations;

        private Builder() {
        }

        /** The ID of the user pool where you want to configure logging. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A collection of the logging configurations for a user pool. */
        public Builder logConfigurations(List<LogConfigurationType> value) {
            this.logConfigurations = value;
            return this;
        }

        /** Sets LogConfigurations from the given values. */
        public Builder logConfigurations(LogConfigurationType... values) {
            this.logConfigurations = Arrays.asList(values);
            return this;
        }

        /** Returns the record. */
        public SetLogDeliveryConfigurationRequest build() {
            return new SetLogDeliveryConfigurationRequest(userPoolId, logConfigurations);
        }
    }
}
