// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;

/**
 * The logging parameters of a user pool, as returned in the response to a GetLogDeliveryConfiguration request.
 *
 * <p>Cognito shape {@code LogDeliveryConfigurationType}. Required: UserPoolId, LogConfigurations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogDeliveryConfigurationType(
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

    /** Builds {@link LogDeliveryConfigurationType}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private List<LogConfigurationType> logConfigurations;

        private Builder() {
        }

        /** The ID of the user pool where you configured logging. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** A logging destination of a user pool. */
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
        public LogDeliveryConfigurationType build() {
            return new LogDeliveryConfigurationType(userPoolId, logConfigurations);
        }
    }
}
