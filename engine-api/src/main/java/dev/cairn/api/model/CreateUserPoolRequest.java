// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Represents the request to create a user pool.
 *
 * <p>Cognito shape {@code CreateUserPoolRequest}. Required: PoolName.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateUserPoolRequest(
        @JsonProperty("PoolName") String poolName,
        @JsonProperty("Policies") UserPoolPolicyType policies,
        @JsonProperty("DeletionProtection") String deletionProtection,
        @JsonProperty("LambdaConfig") LambdaConfigType lambdaConfig,
        @JsonProperty("AutoVerifiedAttributes") List<String> autoVerifiedAttributes,
        @JsonProperty("AliasAttributes") List<String> aliasAttributes,
        @JsonProperty("UsernameAttributes") List<String> usernameAttributes,
        @JsonProperty("SmsVerificationMessage") String smsVerificationMessage,
        @JsonProperty("EmailVerificationMessage") String emailVerificationMessage,
        @JsonProperty("EmailVerificationSubject") String emailVerificationSubject,
        @JsonProperty("VerificationMessageTemplate") VerificationMessageTemplateType verificationMessageTemplate,
        @JsonProperty("SmsAuthenticationMessage") String smsAuthenticationMessage,
        @JsonProperty("MfaConfiguration") String mfaConfiguration,
        @JsonProperty("UserAttributeUpdateSettings") UserAttributeUpdateSettingsType userAttributeUpdateSettings,
        @JsonProperty("DeviceConfiguration") DeviceConfigurationType deviceConfiguration,
        @JsonProperty("EmailConfiguration") EmailConfigurationType emailConfiguration,
        @JsonProperty("SmsConfiguration") SmsConfigurationType smsConfiguration,
        @JsonProperty("UserPoolTags") Map<String, String> userPoolTags,
        @JsonProperty("AdminCreateUserConfig") AdminCreateUserConfigType adminCreateUserConfig,
        @JsonProperty("Schema") List<SchemaAttributeType> schema,
        @JsonProperty("UserPoolAddOns") UserPoolAddOnsType userPoolAddOns,
        @JsonProperty("UsernameConfiguration") UsernameConfigurationType usernameConfiguration,
        @JsonProperty("AccountRecoverySetting") AccountRecoverySettingType accountRecoverySetting,
        @JsonProperty("UserPoolTier") String userPoolTier) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.poolName = poolName;
        b.policies = policies;
        b.deletionProtection = deletionProtection;
        b.lambdaConfig = lambdaConfig;
        b.autoVerifiedAttributes = autoVerifiedAttributes;
        b.aliasAttributes = aliasAttributes;
        b.usernameAttributes = usernameAttributes;
        b.smsVerificationMessage = smsVerificationMessage;
        b.emailVerificationMessage = emailVerificationMessage;
        b.emailVerificationSubject = emailVerificationSubject;
        b.verificationMessageTemplate = verificationMessageTemplate;
        b.smsAuthenticationMessage = smsAuthenticationMessage;
        b.mfaConfiguration = mfaConfiguration;
        b.userAttributeUpdateSettings = userAttributeUpdateSettings;
        b.deviceConfiguration = deviceConfiguration;
        b.emailConfiguration = emailConfiguration;
        b.smsConfiguration = smsConfiguration;
        b.userPoolTags = userPoolTags;
        b.adminCreateUserConfig = adminCreateUserConfig;
        b.schema = schema;
        b.userPoolAddOns = userPoolAddOns;
        b.usernameConfiguration = usernameConfiguration;
        b.accountRecoverySetting = accountRecoverySetting;
        b.userPoolTier = userPoolTier;
        return b;
    }

    /** Builds {@link CreateUserPoolRequest}; unset members stay null. */
    public static final class Builder {
        private String poolName;
        private UserPoolPolicyType policies;
        private String deletionProtection;
        private LambdaConfigType lambdaConfig;
        private List<String> autoVerifiedAttributes;
        private List<String> aliasAttributes;
        private List<String> usernameAttributes;
        private String smsVerificationMessage;
        private String emailVerificationMessage;
        private String emailVerificationSubject;
        private VerificationMessageTemplateType verificationMessageTemplate;
        private String smsAuthenticationMessage;
        private String mfaConfiguration;
        private UserAttributeUpdateSettingsType userAttributeUpdateSettings;
        private DeviceConfigurationType deviceConfiguration;
        private EmailConfigurationType emailConfiguration;
        private SmsConfigurationType smsConfiguration;
        private Map<String, String> userPoolTags;
        private AdminCreateUserConfigType adminCreateUserConfig;
        private List<SchemaAttributeType> schema;
        private UserPoolAddOnsType userPoolAddOns;
        private UsernameConfigurationType usernameConfiguration;
        private AccountRecoverySettingType accountRecoverySetting;
        private String userPoolTier;

        private Builder() {
        }

        /** A friendly name for your user pool. */
        public Builder poolName(String value) {
            this.poolName = value;
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

        /** Attributes supported as an alias for this user pool. */
        public Builder aliasAttributes(List<String> value) {
            this.aliasAttributes = value;
            return this;
        }

        /** Sets AliasAttributes from the given values. */
        public Builder aliasAttributes(String... values) {
            this.aliasAttributes = Arrays.asList(values);
            return this;
        }

        /** Specifies whether a user can use an email address or phone number as a username when they sign up. */
        public Builder usernameAttributes(List<String> value) {
            this.usernameAttributes = value;
            return this;
        }

        /** Sets UsernameAttributes from the given values. */
        public Builder usernameAttributes(String... values) {
            this.usernameAttributes = Arrays.asList(values);
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

        /** The contents of the SMS message that your user pool sends to users in SMS OTP and MFA authentication. */
        public Builder smsAuthenticationMessage(String value) {
            this.smsAuthenticationMessage = value;
            return this;
        }

        /** Sets multi-factor authentication (MFA) to be on, off, or optional. */
        public Builder mfaConfiguration(String value) {
            this.mfaConfiguration = value;
            return this;
        }

        /** The settings for updates to user attributes. */
        public Builder userAttributeUpdateSettings(UserAttributeUpdateSettingsType value) {
            this.userAttributeUpdateSettings = value;
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

        /** The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple Notification Service. */
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

        /** An array of attributes for the new user pool. */
        public Builder schema(List<SchemaAttributeType> value) {
            this.schema = value;
            return this;
        }

        /** Sets Schema from the given values. */
        public Builder schema(SchemaAttributeType... values) {
            this.schema = Arrays.asList(values);
            return this;
        }

        /** Contains settings for activation of threat protection, including the operating mode and additional authentication types. */
        public Builder userPoolAddOns(UserPoolAddOnsType value) {
            this.userPoolAddOns = value;
            return this;
        }

        /** Sets the case sensitivity option for sign-in usernames. */
        public Builder usernameConfiguration(UsernameConfigurationType value) {
            this.usernameConfiguration = value;
            return this;
        }

        /** The available verified method a user can use to recover their password when they call ForgotPassword . */
        public Builder accountRecoverySetting(AccountRecoverySettingType value) {
            this.accountRecoverySetting = value;
            return this;
        }

        /** The user pool feature plan , or tier. */
        public Builder userPoolTier(String value) {
            this.userPoolTier = value;
            return this;
        }

        /** Returns the record. */
        public CreateUserPoolRequest build() {
            return new CreateUserPoolRequest(poolName, policies, deletionProtection, lambdaConfig, autoVerifiedAttributes, aliasAttributes, usernameAttributes, smsVerificationMessage, emailVerificationMessage, emailVerificationSubject, verificationMessageTemplate, smsAuthenticationMessage, mfaConfiguration, userAttributeUpdateSettings, deviceConfiguration, emailConfiguration, smsConfiguration, userPoolTags, adminCreateUserConfig, schema, userPoolAddOns, usernameConfiguration, accountRecoverySetting, userPoolTier);
        }
    }
}
