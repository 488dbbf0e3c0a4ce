package dev.cairn.api.event;

import java.util.List;
import java.util.Map;

/**
 * A user pool's settings as the log keeps them in {@link UserPoolCreated} and {@link UserPoolUpdated}:
 * Cairn's own record, so that a newer Cognito service model never changes what the log holds. It
 * carries every setting of CreateUserPool and UpdateUserPool with the engine's defaults filled in.
 * Members are named as Cognito names them and mean what Cognito's documentation says; a member is
 * null where the pool has no such setting, and a nested record keeps the difference between a
 * setting left out and one given empty.
 *
 * <p>What Cognito derives rather than stores is not here: the pool id (the event's), its dates (the
 * event's timestamps), the estimated number of users, and the domain (a resource of its own).
 * Changing a member that old readers cannot ignore takes a new revision of both events and an
 * upcaster from the old one.
 *
 * @param name                        the pool's name
 * @param arn                         the pool's ARN, fixed at creation
 * @param policies                    password and sign-in policies
 * @param deletionProtection          {@code ACTIVE} or {@code INACTIVE}
 * @param lambdaConfig                the pool's triggers
 * @param schemaAttributes            standard attributes, then custom ones, in schema order
 * @param autoVerifiedAttributes      attributes verified by a code on change: {@code email}, {@code phone_number}
 * @param aliasAttributes             attributes that sign a user in besides the username
 * @param usernameAttributes          attributes that serve as the username
 * @param smsVerificationMessage      the legacy SMS verification message
 * @param emailVerificationMessage    the legacy email verification message
 * @param emailVerificationSubject    the legacy email verification subject
 * @param verificationMessageTemplate the verification messages
 * @param smsAuthenticationMessage    the SMS MFA message
 * @param userAttributeUpdateSettings which attributes wait for verification before they change
 * @param mfaConfiguration            {@code OFF}, {@code ON} or {@code OPTIONAL}
 * @param deviceConfiguration         device tracking
 * @param emailConfiguration          how email is sent
 * @param smsConfiguration            how SMS is sent
 * @param userPoolTags                the pool's tags, by tag key
 * @param adminCreateUserConfig       AdminCreateUser and invitation settings
 * @param userPoolAddOns              threat protection
 * @param usernameConfiguration       case sensitivity of usernames
 * @param accountRecoverySetting      how a forgotten password is recovered
 * @param userPoolTier                {@code LITE}, {@code ESSENTIALS} or {@code PLUS}
 */
public record PoolDefinition(String name, String arn, Policies policies, String deletionProtection, LambdaConfig lambdaConfig,
                             List<SchemaAttribute> schemaAttributes, List<String> autoVerifiedAttributes,
                             List<String> aliasAttributes, List<String> usernameAttributes, String smsVerificationMessage,
                             String emailVerificationMessage, String emailVerificationSubject,
                             VerificationMessageTemplate verificationMessageTemplate, String smsAuthenticationMessage,
                             UserAttributeUpdateSettings userAttributeUpdateSettings, String mfaConfiguration,
                             DeviceConfiguration deviceConfiguration, EmailConfiguration emailConfiguration,
                             SmsConfiguration smsConfiguration, Map<String, String> userPoolTags,
                             AdminCreateUserConfig adminCreateUserConfig, UserPoolAddOns userPoolAddOns,
                             UsernameConfiguration usernameConfiguration, AccountRecoverySetting accountRecoverySetting,
                             String userPoolTier) {

    /** The pool's password policy and sign-in policy. */
    public record Policies(PasswordPolicy passwordPolicy, SignInPolicy signInPolicy) {
    }

    /** What a password must be, and how long a temporary one lasts. */
    public record PasswordPolicy(Integer minimumLength, Boolean requireUppercase, Boolean requireLowercase, Boolean requireNumbers,
                                 Boolean requireSymbols, Integer passwordHistorySize, Integer temporaryPasswordValidityDays) {
    }

    /** The first factors a user may sign in with, e.g. {@code PASSWORD}. */
    public record SignInPolicy(List<String> allowedFirstAuthFactors) {
    }

    /** The Lambda functions (ARNs) the pool's triggers invoke, and the KMS key custom senders decrypt codes with. */
    public record LambdaConfig(String preSignUp, String customMessage, String postConfirmation, String preAuthentication,
                               String postAuthentication, String defineAuthChallenge, String createAuthChallenge,
                               String verifyAuthChallengeResponse, String preTokenGeneration, String userMigration,
                               LambdaVersionConfig preTokenGenerationConfig, LambdaVersionConfig customSMSSender,
                               LambdaVersionConfig customEmailSender, String kmsKeyID, LambdaVersionConfig inboundFederation) {
    }

    /** A trigger whose event format has versions: the function's ARN and the version it expects. */
    public record LambdaVersionConfig(String lambdaVersion, String lambdaArn) {
    }

    /** The messages that carry verification codes or links; {@code defaultEmailOption} picks code or link. */
    public record VerificationMessageTemplate(String smsMessage, String emailMessage, String emailSubject, String emailMessageByLink,
                                              String emailSubjectByLink, String defaultEmailOption) {
    }

    /** Attributes whose new value takes effect only once verified. */
    public record UserAttributeUpdateSettings(List<String> attributesRequireVerificationBeforeUpdate) {
    }

    /** Whether devices are remembered, and whether a new device is challenged. */
    public record DeviceConfiguration(Boolean challengeRequiredOnNewDevice, Boolean deviceOnlyRememberedOnUserPrompt) {
    }

    /** How email is sent: Cognito's own sender or the pool's SES identity. */
    public record EmailConfiguration(String sourceArn, String replyToEmailAddress, String emailSendingAccount, String from,
                                     String configurationSet) {
    }

    /** The IAM role and region through which SMS is sent with SNS. */
    public record SmsConfiguration(String snsCallerArn, String externalId, String snsRegion) {
    }

    /** Whether only administrators create users, how long an invitation lasts, and what it says. */
    public record AdminCreateUserConfig(Boolean allowAdminCreateUserOnly, Integer unusedAccountValidityDays,
                                        MessageTemplate inviteMessageTemplate) {
    }

    /** A message in its SMS and email forms. */
    public record MessageTemplate(String smsMessage, String emailMessage, String emailSubject) {
    }

    /** Threat protection: its mode, and its mode for custom authentication. */
    public record UserPoolAddOns(String advancedSecurityMode, AdvancedSecurityAdditionalFlows advancedSecurityAdditionalFlows) {
    }

    /** Threat protection's mode for custom authentication flows. */
    public record AdvancedSecurityAdditionalFlows(String customAuthMode) {
    }

    /** Whether usernames (and email and preferred_username aliases) compare case-sensitively. */
    public record UsernameConfiguration(Boolean caseSensitive) {
    }

    /** The ways a user may recover a forgotten password, by priority. */
    public record AccountRecoverySetting(List<RecoveryOption> recoveryMechanisms) {
    }

    /** One way to recover a password: {@code verified_email}, {@code verified_phone_number} or {@code admin_only}. */
    public record RecoveryOption(Integer priority, String name) {
    }
}
