// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Represents the request to update the user pool.
 *
 * <p>Cognito shape {@code UpdateUserPoolRequest}. Required: UserPoolId.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateUserPoolRequest(
        @JsonProperty("UserPoolId") String userPoolId,
        @JsonProperty("Policies") UserPoolPolicyType policies,
        @JsonProperty("DeletionProtection") String deletionProtection,
        @JsonProperty("LambdaConfig") LambdaConfigType lambdaConfig,
        @JsonProperty("AutoVerifiedAttributes") List<String> autoVerifiedAttributes,
        @JsonProperty("SmsVerificationMessage") String smsVerificationMessage,
        @JsonProperty("EmailVerificationMessage") String emailVerificationMessage,
        @JsonProperty("EmailVerificationSubject") String emailVerificationSubject,
        @JsonProperty("VerificationMessageTemplate") VerificationMessageTemplateType verificationMessageTemplate,
        @JsonProperty("SmsAuthenticationMessage") String smsAuthenticationMessage,
        @JsonProperty("UserAttributeUpdateSettings") UserAttributeUpdateSettingsType userAttributeUpdateSettings,
        @JsonProperty("MfaConfiguration") String mfaConfiguration,
        @JsonProperty("DeviceConfiguration") DeviceConfigurationType deviceConfiguration,
        @JsonProperty("EmailConfiguration") EmailConfigurationType emailConfiguration,
        @JsonProperty("SmsConfiguration") SmsConfigurationType smsConfiguration,
        @JsonProperty("UserPoolTags") Map<String, String> userPoolTags,
        @JsonProperty("AdminCreateUserConfig") AdminCreateUserConfigType adminCreateUserConfig,
        @JsonProperty("UserPoolAddOns") UserPoolAddOnsType userPoolAddOns,
        @JsonProperty("AccountRecoverySetting") AccountRecoverySettingType accountRecoverySetting,
        @JsonProperty("PoolName") String poolName,
        @JsonProperty("UserPoolTier") String userPoolTier) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userPoolId = userPoolId;
        b.policies = policies;
        b.deletionProtection = deletionProtection;
        b.lambdaConfig = lambdaConfig;
        b.autoVerifiedAttributes = autoVerifiedAttributes;
        b.smsVerificationMessage = smsVerificationMessage;
        b.emailVerificationMessage = emailVerificationMessage;
        b.emailVerificationSubject = emailVerificationSubject;
        b.verificationMessageTemplate = verificationMessageTemplate;
        b.smsAuthenticationMessage = smsAuthenticationMessage;
        b.userAttributeUpdateSettings = userAttributeUpdateSettings;
        b.mfaConfiguration = mfaConfiguration;
        b.deviceConfiguration = deviceConfiguration;
        b.emailConfiguration = emailConfiguration;
        b.smsConfiguration = smsConfiguration;
        b.userPoolTags = userPoolTags;
        b.adminCreateUserConfig = adminCreateUserConfig;
        b.userPoolAddOns = userPoolAddOns;
        b.accountRecoverySetting = accountRecoverySetting;
        b.poolName = poolName;
        b.userPoolTier = userPoolTier;
        return b;
    }

    /** Builds {@link UpdateUserPoolRequest}; unset members stay null. */
    public static final class Builder {
        private String userPoolId;
        private UserPoolPolicyType policies;
        private String deletionProtection;
        private LambdaConfigType lambdaConfig;
        private List<String> autoVerifiedAttributes;
        private String smsVerificationMessage;
        private String emailVerificationMessage;
        private String emailVerificationSubject;
        private VerificationMessageTemplateType verificationMessageTemplate;
        private String smsAuthenticationMessage;
        private UserAttributeUpdateSettingsType userAttributeUpdateSettings;
        private String mfaConfiguration;
        private DeviceConfigurationType deviceConfiguration;
        private EmailConfigurationType emailConfiguration;
        private SmsConfigurationType smsConfiguration;
        private Map<String, String> userPoolTags;
        private AdminCreateUserConfigType adminCreateUserConfig;
        private UserPoolAddOnsType userPoolAddOns;
        private AccountRecoverySettingType accountRecoverySetting;
        private String poolName;
        private String userPoolTier;

        private Builder() {
        }

        /** The ID of the user pool you want to update. */
        public Builder userPoolId(String value) {
            this.userPoolId = value;
            return this;
        }

        /** The password policy and sign-in policy in the user pool. */
        public Builder policies(UserPoolPolicyType value) {
            this.policies = value;
            return this;
        }

        /** When active, DeletionProtection prevents accidental deletion of your user pool. */
        public Builder deletionProtection(String value) {
            this.deletionProtection = value;
            return this;
        }

        /** A collection of user pool Lambda triggers. */
        public Builder lambdaConfig(LambdaConfigType value) {
            this.lambdaConfig = value;
            return this;
        }

        /** The attributes that you want your user pool to automatically verify. */
        public Builder autoVerifiedAttributes(List<String> value) {
            this.autoVerifiedAttributes = value;
            return this;
        }

        /** Sets AutoVerifiedAttributes from the given values. */
        public Builder autoVerifiedAttributes(String... values) {
            this.autoVerifiedAttributes = Arrays.asList(values);
            return this;
        }

        /** This parameter is no longer used. */
        public Builder smsVerificationMessage(String value) {
            this.smsVerificationMessage = value;
            return this;
        }

        /** This parameter is no longer used. */
        public Builder emailVerificationMessage(String value) {
            this.emailVerificationMessage = value;
            return this;
        }

        /** This parameter is no longer used. */
        public Builder emailVerificationSubject(String value) {
            this.emailVerificationSubject = value;
            return this;
        }

        /** The template for the verification message that your user pool delivers to users who set an email address or phone number attribute. */
        public Builder verificationMessageTemplate(VerificationMessageTemplateType value) {
            this.verificationMessageTemplate = value;
            return this;
        }

        /** The contents of the SMS message that your user pool sends to users in SMS authentication. */
        public Builder smsAuthenticationMessage(String value) {
            this.smsAuthenticationMessage = value;
            return this;
        }

        /** The settings for updates to user attributes. */
        public Builder userAttributeUpdateSettings(UserAttributeUpdateSettingsType value) {
            this.userAttributeUpdateSettings = value;
            return this;
        }

        /** Sets multi-factor authentication (MFA) to be on, off, or optional. */
        public Builder mfaConfiguration(String value) {
            this.mfaConfiguration = value;
            return this;
        }

        /** The device-remembering configuration for a user pool. */
        public Builder deviceConfiguration(DeviceConfigurationType value) {
            this.deviceConfiguration = value;
            return this;
        }

        /** The email configuration of your user pool. */
        public Builder emailConfiguration(EmailConfigurationType value) {
            this.emailConfiguration = value;
            return this;
        }

        /** The SMS configuration with the settings for your Amazon Cognito user pool to send SMS message with Amazon Simple Notification Service. */
        public Builder smsConfiguration(SmsConfigurationType value) {
            this.smsConfiguration = value;
            return this;
        }

        /** The tag keys and values to assign to the user pool. */
        public Builder userPoolTags(Map<String, String> value) {
            this.userPoolTags = value;
            return this;
        }

        /** The configuration for administrative creation of users. */
        public Builder adminCreateUserConfig(AdminCreateUserConfigType value) {
            this.adminCreateUserConfig = value;
            return this;
        }

        /** Contains settings for activation of threat protection, including the operating mode and additional authentication types. */
        public Builder userPoolAddOns(UserPoolAddOnsType value) {
            this.userPoolAddOns = value;
            return this;
        }

        /** The available verified method a user can use to recover their password when they call ForgotPassword . */
        public Builder accountRecoverySetting(AccountRecoverySettingType value) {
            this.accountRecoverySetting = value;
            return this;
        }

        /** The updated name of your user pool. */
        public Builder poolName(String value) {
            this.poolName = value;
            return this;
        }

        /** The user pool feature plan , or tier. */
        public Builder userPoolTier(String value) {
            this.userPoolTier = value;
            return this;
        }

        /** Returns the record. */
        public UpdateUserPoolRequest build() {
            return new UpdateUserPoolRequest(userPoolId, policies, deletionProtection, lambdaConfig, autoVerifiedAttributes, smsVerificationMessage, emailVerificationMessage, emailVerificationSubject, verificationMessageTemplate, smsAuthenticationMessage, userAttributeUpdateSettings, mfaConfiguration, deviceConfiguration, emailConfiguration, smsConfiguration, userPoolTags, adminCreateUserConfig, userPoolAddOns, accountRecoverySetting, poolName, userPoolTier);
        }
    }
}
