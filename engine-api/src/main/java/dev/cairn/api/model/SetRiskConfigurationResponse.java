// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetRiskConfigurationResponse
 *
 * <p>Cognito shape {@code SetRiskConfigurationResponse}. Required: RiskConfiguration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetRiskConfigurationResponse(
        @JsonProperty("RiskConfiguration") RiskConfigurationType riskConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.riskConfiguration = riskConfiguration;
        return b;
    }

    /** Builds {@link SetRiskConfigurationResponse}; unset members stay null. */
    public static final class Builder {
        private RiskConfigurationType riskConfiguration;

        private Builder() {
        }

        /** The API response that contains the risk configuration that you set and the timestamp of the most recent change. */
        public Builder riskConfiguration(RiskConfigurationType value) {
            this.riskConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public SetRiskConfigurationResponse build() {
            return new SetRiskConfigurationResponse(riskConfiguration);
        }
    }
}
