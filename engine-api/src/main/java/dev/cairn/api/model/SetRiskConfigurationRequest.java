// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SetRiskConfigurationRequest
 *
 * <p>Cognito shape {@code SetRiskConfigurationRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetRiskConfigurationRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("CompromisedCredentialsRiskConfiguration") CompromisedCredentialsRiskConfigurationType compromisedCredentialsRiskConfiguration,
        @JsonProperty("AccountTakeoverRiskConfiguration") AccountTakeoverRiskConfigurationType accountTakeoverRiskConfiguration,
        @JsonProperty("RiskExceptionConfiguration") RiskExceptionConfigurationType riskExceptionConfiguration) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.clientId = clientId;
        b.compromisedCredentialsRiskConfiguration = compromisedCredentialsRiskConfiguration;
        b.accountTakeoverRiskConfiguration = accountTakeoverRiskConfiguration;
        b.riskExceptionConfiguration = riskExceptionConfiguration;
        return b;
    }

    /** Masks the members the model marks sensitive, so they never reach a log. */
    @Override
    public String toString() {
        return "SetRiskConfigurationRequest["
                + "userPoolId=" + userPoolId
                + ", clientId=" + (clientId == null ? null : "***")
                + ", compromisedCredentialsRiskConfiguration=" + compromisedCredentialsRiskConfiguration
                + ", accountTakeoverRiskConfiguration=" + accountTakeoverRiskConfiguration
                + ", riskExceptionConfiguration=" + riskExceptionConfiguration + "]";
    }

    /** Builds {@link SetRiskConfigurationRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private String clientId;
        private CompromisedCredentialsRiskConfigurationType compromisedCredentialsRiskConfiguration;
        private AccountTakeoverRiskConfigurationType accountTakeoverRiskConfiguration;
        private RiskExceptionConfigurationType riskExceptionConfiguration;

        private Builder() {
        }

        /** The ID of the user pool where you want to set a risk configuration. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The ID of the app client where you want to set a risk configuration. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The configuration of automated reactions to detected compromised credentials. */
        public Builder compromisedCredentialsRiskConfiguration(CompromisedCredentialsRiskConfigurationType value) {
            this.compromisedCredentialsRiskConfiguration = value;
            return this;
        }

        /** The settings for automated responses and notification templates for adaptive authentication with threat protection. */
        public Builder accountTakeoverRiskConfiguration(AccountTakeoverRiskConfigurationType value) {
            this.accountTakeoverRiskConfiguration = value;
            return this;
        }

        /** A set of IP-address overrides to threat protection. */
        public Builder riskExceptionConfiguration(RiskExceptionConfigurationType value) {
            this.riskExceptionConfiguration = value;
            return this;
        }

        /** Returns the record. */
        public SetRiskConfigurationRequest build() {
            return new SetRiskConfigurationRequest(userPoolId, clientId, compromisedCredentialsRiskConfiguration, accountTakeoverRiskConfiguration, riskExceptionConfiguration);
        }
    }
}
