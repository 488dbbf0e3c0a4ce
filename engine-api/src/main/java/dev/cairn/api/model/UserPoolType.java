// Generated from the Cognito service model by ModelCodegen. Do not edit.
package dev.cairn.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a user pool.
 *
 * <p>Cognito shape {@code UserPoolType}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPoolType(
        @JsonProperty("Id") String id,
        @JsonProperty("Name") String name,
        @JsonProperty("Policies") UserPoolPolicyType policies,
        @JsonProperty("DeletionProtection") String deletionProtection,
        @JsonProperty("LambdaConfig") LambdaConfigType lambdaConfig,
        @JsonProperty("Status") String status,
        @JsonProperty("LastModifiedDate") Instant lastModifiedDate,
        @JsonProperty("CreationDate") Instant creationDate,
        @JsonProperty("SchemaAttributes") List<SchemaAttributeType> schemaAttributes,
        @JsonProperty("AutoVerifiedAttributes") List<String> autoVerifiedAttributes,
        @JsonProperty("AliasAttributes") List<String> aliasAttributes,
        @JsonProperty("UsernameAttributes") List<String> usernameAttributes,
        @JsonProperty("SmsVerificationMessage") String smsVerificationMessage,
        @JsonProperty("EmailVerificationMessage") String emailVerificationMessage,
        @JsonProperty("EmailVerificationSubject") String emailVerificationSubject,
        @JsonProperty("VerificationMessageTemplate") VerificationMessageTemplateType verificationMessageTemplate,
        @JsonProperty("SmsAuthenticationMessage") String smsAuthenticationMessage,
        @JsonProperty("UserAttributeUpdateSettings") UserAttributeUpdateSettingsType userAttributeUpdateSettings,
        @JsonProperty("MfaConfiguration") String mfaConfiguration,
        @JsonProperty("DeviceConfiguration") DeviceConfigurationType deviceConfiguration,
        @JsonProperty("EstimatedNumberOfUsers") Integer estimatedNumberOfUsers,
        @JsonProperty("EmailConfiguration") EmailConfigurationType emailConfiguration,
        @JsonProperty("SmsConfiguration") SmsConfigurationType smsConfiguration,
        @JsonProperty("UserPoolTags") Map<String, String> userPoolTags,
        @JsonProperty("SmsConfigurationFailure") String smsConfigurationFailure,
        @JsonProperty("EmailConfigurationFailure") String emailConfigurationFailure,
        @JsonProperty("Domain") String domain,
        @JsonProperty("CustomDomain") String customDomain,
        @JsonProperty("AdminCreateUserConfig") AdminCreateUserConfigType adminCreateUserConfig,
        @JsonProperty("UserPoolAddOns") UserPoolAddOnsType userPoolAddOns,
        @JsonProperty("UsernameConfiguration") UsernameConfigurationType usernameConfiguration,
        @JsonProperty("Arn") String arn,
        @JsonProperty("AccountRecoverySetting") AccountRecoverySettingType accountRecoverySetting,
        @JsonProperty("UserPoolTier") String userPoolTier) {

    /** Returns a builder with every member unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this record's members. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.policies = policies;
        b.deletionProtection = deletionProtection;
        b.lambdaConfig = lambdaConfig;
        b.status = status;
        b.lastModifiedDate = lastModifiedDate;
        b.creationDate = creationDate;
        b.schemaAttributes = schemaAttributes;
        b.autoVerifiedAttributes = autoVerifiedAttributes;
        b.aliasAttributes = aliasAttributes;
        b.usernameAttributes = usernameAttributes;
        b.smsVerificationMessage = smsVerificationMessage;
        b.emailVerificationMessage = emailVerificationMessage;
        b.emailVerificationSubject = emailVerificationSubject;
        b.verificationMessageTemplate = verificationMessageTemplate;
        b.smsAuthenticationMessage = smsAuthenticationMessage;
        b.userAttributeUpdateSettings = userAttributeUpdateSettings;
        b.mfaConfiguration = mfaConfiguration;
        b.deviceConfiguration = deviceConfiguration;
        b.estimatedNumberOfUsers = estimatedNumberOfUsers;
        b.emailConfiguration = emailConfiguration;
        b.smsConfiguration = smsConfiguration;
        b.userPoolTags = userPoolTags;
        b.smsConfigurationFailure = smsConfigurationFailure;
        b.emailConfigurationFailure = emailConfigurationFailure;
        b.domain = domain;
        b.customDomain = customDomain;
        b.adminCreateUserConfig = adminCreateUserConfig;
        b.userPoolAddOns = userPoolAddOns;
        b.usernameConfiguration = usernameConfiguration;
        b.arn = arn;
        b.accountRecoverySetting = accountRecoverySetting;
        b.userPoolTier = userPoolTier;
        return b;
    }

    /** Builds {@link UserPoolType}; unset members stay null. */
    public static final class Builder {
        private String id;
        private String name;
        private UserPoolPolicyType policies;
        private String deletionProtection;
        private LambdaConfigType lambdaConfig;
        private String status;
        private Instant lastModifiedDate;
        private Instant creationDate;
        private List<SchemaAttributeType> schemaAttributes;
        private List<String> autoVerifiedAttributes;
        private List<String> aliasAttributes;
        private List<String> usernameAttributes;
        private String smsVerificationMessage;
        private String emailVerificationMessage;
        private String emailVerificationSubject;
        private VerificationMessageTemplateType verificationMessageTemplate;
        private String smsAuthenticationMessage;
        private UserAttributeUpdateSettingsType userAttributeUpdateSettings;
        private String mfaConfiguration;
        private DeviceConfigurationType deviceConfiguration;
        private Integer estimatedNumberOfUsers;
        private EmailConfigurationType emailConfiguration;
        private SmsConfigurationType smsConfiguration;
        private Map<String, String> userPoolTags;
        private String smsConfigurationFailure;
        private String emailConfigurationFailure;
        private String domain;
        private String customDomain;
        private AdminCreateUserConfigType adminCreateUserConfig;
        private UserPoolAddOnsType userPoolAddOns;
        private UsernameConfigurationType usernameConfiguration;
        private String arn;
        private AccountRecoverySettingType accountRecoverySetting;
        private String userPoolTier;

        private Builder() {
        }

        /** The ID of the user pool. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** The name of the user pool. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** A list of user pool policies. */
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

        /** This parameter is no longer used. */
        public Builder status(String value) {
            this.status = value;
            return this;
        }

        /** The date and time when the item was modified. */
        public Builder lastModifiedDate(Instant value) {
            this.lastModifiedDate = value;
            return this;
        }

        /** The date and time when the item was created. */
        public Builder creationDate(Instant value) {
            this.creationDate = value;
            return this;
        }

        /** A list of the user attributes and their properties in your user pool. */
        public Builder schemaAttributes(List<SchemaAttributeType> value) {
            this.schemaAttributes = value;
            return this;
        }

        /** Sets SchemaAttributes from the given values. */
        public Builder schemaAttributes(SchemaAttributeType... values) {
            this.schemaAttributes = Arrays.asList(values);
            return this;
        }

        /** The attributes that are auto-verified in a user pool. */
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

        /** The contents of the SMS authentication message. */
        public Builder smsAuthenticationMessage(String value) {
            this.smsAuthenticationMessage = value;
            return this;
        }

        /** The settings for updates to user attributes. */
        public Builder userAttributeUpdateSettings(UserAttributeUpdateSettingsType value) {
            this.userAttributeUpdateSettings = value;
            return this;
        }

        /** Can be one of the following values: OFF - MFA tokens aren't required and can't be specified during user registration. */
        public Builder mfaConfiguration(String value) {
            this.mfaConfiguration = value;
            return this;
        }

        /** The device-remembering configuration for a user pool. */
        public Builder deviceConfiguration(DeviceConfigurationType value) {
            this.deviceConfiguration = value;
            return this;
        }

        /** A number estimating the size of the user pool. */
        public Builder estimatedNumberOfUsers(Integer value) {
            this.estimatedNumberOfUsers = value;
            return this;
        }

        /** The email configuration of your user pool. */
        public Builder emailConfiguration(EmailConfigurationType value) {
            this.emailConfiguration = value;
            return this;
        }

        /** User pool configuration for delivery of SMS messages with Amazon Simple Notification Service. */
        public Builder smsConfiguration(SmsConfigurationType value) {
            this.smsConfiguration = value;
            return this;
        }

        /** The tags that are assigned to the user pool. */
        public Builder userPoolTags(Map<String, String> value) {
            this.userPoolTags = value;
            return this;
        }

        /** The reason why the SMS configuration can't send the messages to your users. */
        public Builder smsConfigurationFailure(String value) {
            this.smsConfigurationFailure = value;
            return this;
        }

        /** Deprecated. */
        public Builder emailConfigurationFailure(String value) {
            this.emailConfigurationFailure = value;
            return this;
        }

        /** The domain prefix, if the user pool has a domain associated with it. */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /** A custom domain name that you provide to Amazon Cognito. */
        public Builder customDomain(String value) {
            this.customDomain = value;
            return this;
        }

        /** The configuration for AdminCreateUser requests. */
        public Builder adminCreateUserConfig(AdminCreateUserConfigType value) {
            this.adminCreateUserConfig = value;
            return this;
        }

        /** Contains settings for activation of threat protection, including the operating mode and additional authentication types. */
        public Builder userPoolAddOns(UserPoolAddOnsType value) {
            this.userPoolAddOns = value;
            return this;
        }

        /** Case sensitivity of the username input for the selected sign-in option. */
        public Builder usernameConfiguration(UsernameConfigurationType value) {
            this.usernameConfiguration = value;
            return this;
        }

        /** The Amazon Resource Name (ARN) of the user pool. */
        public Builder arn(String value) {
            this.arn = value;
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
        public UserPoolType build() {
            return new UserPoolType(id, name, policies, deletionProtection, lambdaConfig, status, lastModifiedDate, creationDate, schemaAttributes, autoVerifiedAttributes, aliasAttributes, usernameAttributes, smsVerificationMessage, emailVerificationMessage, emailVerificationSubject, verificationMessageTemplate, smsAuthenticationMessage, userAttributeUpdateSettings, mfaConfiguration, deviceConfiguration, estimatedNumberOfUsers, emailConfiguration, smsConfiguration, userPoolTags, smsConfigurationFailure, emailConfigurationFailure, domain, customDomain, adminCreateUserConfig, userPoolAddOns, usernameConfiguration, arn, accountRecoverySetting, userPoolTier);
        }
    }
}
