package dev.cairn.core.userpool;

import dev.cairn.api.event.PoolDefinition;
import dev.cairn.api.event.PoolDefinition.*;
import dev.cairn.api.event.SchemaAttribute;
import dev.cairn.api.event.SchemaAttribute.NumberAttributeConstraints;
import dev.cairn.api.event.SchemaAttribute.StringAttributeConstraints;
import dev.cairn.api.model.*;

import java.util.List;
import java.util.function.Function;

/**
 * Pool settings between the service model's {@link UserPoolType}, which requests, responses and the
 * pool read model speak, and the log's {@link PoolDefinition}. Both carry the same settings; only the
 * log's shape is Cairn's to fix. Written out member by member, so that a regenerated model that
 * renames or drops a member fails to compile here instead of silently leaving the log.
 */
public final class PoolDefinitions {

    private PoolDefinitions() {
    }

    /** The settings as the log keeps them; what Cognito derives (id, dates, user count, domain) is left out. */
    public static PoolDefinition of(UserPoolType s) {
        return new PoolDefinition(s.name(), s.arn(), of(s.policies()), s.deletionProtection(), of(s.lambdaConfig()),
                schema(s.schemaAttributes()), s.autoVerifiedAttributes(), s.aliasAttributes(), s.usernameAttributes(),
                s.smsVerificationMessage(), s.emailVerificationMessage(), s.emailVerificationSubject(),
                of(s.verificationMessageTemplate()), s.smsAuthenticationMessage(), of(s.userAttributeUpdateSettings()),
                s.mfaConfiguration(), of(s.deviceConfiguration()), of(s.emailConfiguration()), of(s.smsConfiguration()),
                s.userPoolTags(), of(s.adminCreateUserConfig()), of(s.userPoolAddOns()), of(s.usernameConfiguration()),
                of(s.accountRecoverySetting()), s.userPoolTier());
    }

    /** The settings in the service model's shape, for pool {@code poolId}; dates and user count are the caller's to add. */
    public static UserPoolType toWire(String poolId, PoolDefinition d) {
        return UserPoolType.builder().id(poolId).name(d.name()).arn(d.arn()).policies(wire(d.policies()))
                .deletionProtection(d.deletionProtection()).lambdaConfig(wire(d.lambdaConfig()))
                .schemaAttributes(schemaToWire(d.schemaAttributes())).autoVerifiedAttributes(d.autoVerifiedAttributes())
                .aliasAttributes(d.aliasAttributes()).usernameAttributes(d.usernameAttributes())
                .smsVerificationMessage(d.smsVerificationMessage()).emailVerificationMessage(d.emailVerificationMessage())
                .emailVerificationSubject(d.emailVerificationSubject()).verificationMessageTemplate(wire(d.verificationMessageTemplate()))
                .smsAuthenticationMessage(d.smsAuthenticationMessage()).userAttributeUpdateSettings(wire(d.userAttributeUpdateSettings()))
                .mfaConfiguration(d.mfaConfiguration()).deviceConfiguration(wire(d.deviceConfiguration()))
                .emailConfiguration(wire(d.emailConfiguration())).smsConfiguration(wire(d.smsConfiguration()))
                .userPoolTags(d.userPoolTags()).adminCreateUserConfig(wire(d.adminCreateUserConfig()))
                .userPoolAddOns(wire(d.userPoolAddOns())).usernameConfiguration(wire(d.usernameConfiguration()))
                .accountRecoverySetting(wire(d.accountRecoverySetting())).userPoolTier(d.userPoolTier())
                .build();
    }

    public static List<SchemaAttribute> schema(List<SchemaAttributeType> attributes) {
        return each(attributes, PoolDefinitions::of);
    }

    public static List<SchemaAttributeType> schemaToWire(List<SchemaAttribute> attributes) {
        return each(attributes, PoolDefinitions::wire);
    }

    private static <A, B> List<B> each(List<A> list, Function<A, B> f) {
        return list == null ? null : list.stream().map(f).toList();
    }

    // Each pair below maps one nested shape; null stays null, so "left out" and "given empty" stay apart.

    private static Policies of(UserPoolPolicyType p) {
        return p == null ? null : new Policies(of(p.passwordPolicy()), of(p.signInPolicy()));
    }

    private static UserPoolPolicyType wire(Policies p) {
        return p == null ? null : UserPoolPolicyType.builder().passwordPolicy(wire(p.passwordPolicy())).signInPolicy(wire(p.signInPolicy())).build();
    }

    private static PasswordPolicy of(PasswordPolicyType p) {
        return p == null ? null : new PasswordPolicy(p.minimumLength(), p.requireUppercase(), p.requireLowercase(), p.requireNumbers(),
                p.requireSymbols(), p.passwordHistorySize(), p.temporaryPasswordValidityDays());
    }

    private static PasswordPolicyType wire(PasswordPolicy p) {
        return p == null ? null : PasswordPolicyType.builder().minimumLength(p.minimumLength()).requireUppercase(p.requireUppercase())
                .requireLowercase(p.requireLowercase()).requireNumbers(p.requireNumbers()).requireSymbols(p.requireSymbols())
                .passwordHistorySize(p.passwordHistorySize()).temporaryPasswordValidityDays(p.temporaryPasswordValidityDays()).build();
    }

    private static SignInPolicy of(SignInPolicyType p) {
        return p == null ? null : new SignInPolicy(p.allowedFirstAuthFactors());
    }

    private static SignInPolicyType wire(SignInPolicy p) {
        return p == null ? null : SignInPolicyType.builder().allowedFirstAuthFactors(p.allowedFirstAuthFactors()).build();
    }

    private static LambdaConfig of(LambdaConfigType l) {
        if (l == null) return null;
        return new LambdaConfig(l.preSignUp(), l.customMessage(), l.postConfirmation(), l.preAuthentication(), l.postAuthentication(),
                l.defineAuthChallenge(), l.createAuthChallenge(), l.verifyAuthChallengeResponse(), l.preTokenGeneration(),
                l.userMigration(),
                l.preTokenGenerationConfig() == null ? null
                        : new LambdaVersionConfig(l.preTokenGenerationConfig().lambdaVersion(), l.preTokenGenerationConfig().lambdaArn()),
                l.customSMSSender() == null ? null
                        : new LambdaVersionConfig(l.customSMSSender().lambdaVersion(), l.customSMSSender().lambdaArn()),
                l.customEmailSender() == null ? null
                        : new LambdaVersionConfig(l.customEmailSender().lambdaVersion(), l.customEmailSender().lambdaArn()),
                l.kmsKeyID(),
                l.inboundFederation() == null ? null
                        : new LambdaVersionConfig(l.inboundFederation().lambdaVersion(), l.inboundFederation().lambdaArn()));
    }

    private static LambdaConfigType wire(LambdaConfig l) {
        if (l == null) return null;
        LambdaVersionConfig token = l.preTokenGenerationConfig();
        LambdaVersionConfig sms = l.customSMSSender();
        LambdaVersionConfig email = l.customEmailSender();
        LambdaVersionConfig federation = l.inboundFederation();
        return LambdaConfigType.builder().preSignUp(l.preSignUp()).customMessage(l.customMessage())
                .postConfirmation(l.postConfirmation()).preAuthentication(l.preAuthentication())
                .postAuthentication(l.postAuthentication()).defineAuthChallenge(l.defineAuthChallenge())
                .createAuthChallenge(l.createAuthChallenge()).verifyAuthChallengeResponse(l.verifyAuthChallengeResponse())
                .preTokenGeneration(l.preTokenGeneration()).userMigration(l.userMigration())
                .preTokenGenerationConfig(token == null ? null
                        : PreTokenGenerationVersionConfigType.builder().lambdaVersion(token.lambdaVersion()).lambdaArn(token.lambdaArn()).build())
                .customSMSSender(sms == null ? null
                        : CustomSMSLambdaVersionConfigType.builder().lambdaVersion(sms.lambdaVersion()).lambdaArn(sms.lambdaArn()).build())
                .customEmailSender(email == null ? null
                        : CustomEmailLambdaVersionConfigType.builder().lambdaVersion(email.lambdaVersion()).lambdaArn(email.lambdaArn()).build())
                .kmsKeyID(l.kmsKeyID())
                .inboundFederation(federation == null ? null
                        : InboundFederationLambdaType.builder().lambdaVersion(federation.lambdaVersion()).lambdaArn(federation.lambdaArn()).build())
                .build();
    }

    private static SchemaAttribute of(SchemaAttributeType a) {
        NumberAttributeConstraintsType n = a.numberAttributeConstraints();
        StringAttributeConstraintsType s = a.stringAttributeConstraints();
        return new SchemaAttribute(a.name(), a.attributeDataType(), a.developerOnlyAttribute(), a.mutable(), a.required(),
                n == null ? null : new NumberAttributeConstraints(n.minValue(), n.maxValue()),
                s == null ? null : new StringAttributeConstraints(s.minLength(), s.maxLength()));
    }

    private static SchemaAttributeType wire(SchemaAttribute a) {
        NumberAttributeConstraints n = a.numberAttributeConstraints();
        StringAttributeConstraints s = a.stringAttributeConstraints();
        return SchemaAttributeType.builder().name(a.name()).attributeDataType(a.attributeDataType())
                .developerOnlyAttribute(a.developerOnlyAttribute()).mutable(a.mutable()).required(a.required())
                .numberAttributeConstraints(n == null ? null : NumberAttributeConstraintsType.builder().minValue(n.minValue()).maxValue(n.maxValue()).build())
                .stringAttributeConstraints(s == null ? null : StringAttributeConstraintsType.builder().minLength(s.minLength()).maxLength(s.maxLength()).build())
                .build();
    }

    private static VerificationMessageTemplate of(VerificationMessageTemplateType t) {
        return t == null ? null : new VerificationMessageTemplate(t.smsMessage(), t.emailMessage(), t.emailSubject(),
                t.emailMessageByLink(), t.emailSubjectByLink(), t.defaultEmailOption());
    }

    private static VerificationMessageTemplateType wire(VerificationMessageTemplate t) {
        return t == null ? null : VerificationMessageTemplateType.builder().smsMessage(t.smsMessage()).emailMessage(t.emailMessage())
                .emailSubject(t.emailSubject()).emailMessageByLink(t.emailMessageByLink()).emailSubjectByLink(t.emailSubjectByLink())
                .defaultEmailOption(t.defaultEmailOption()).build();
    }

    private static UserAttributeUpdateSettings of(UserAttributeUpdateSettingsType u) {
        return u == null ? null : new UserAttributeUpdateSettings(u.attributesRequireVerificationBeforeUpdate());
    }

    private static UserAttributeUpdateSettingsType wire(UserAttributeUpdateSettings u) {
        return u == null ? null : UserAttributeUpdateSettingsType.builder()
                .attributesRequireVerificationBeforeUpdate(u.attributesRequireVerificationBeforeUpdate()).build();
    }

    private static DeviceConfiguration of(DeviceConfigurationType d) {
        return d == null ? null : new DeviceConfiguration(d.challengeRequiredOnNewDevice(), d.deviceOnlyRememberedOnUserPrompt());
    }

    private static DeviceConfigurationType wire(DeviceConfiguration d) {
        return d == null ? null : DeviceConfigurationType.builder().challengeRequiredOnNewDevice(d.challengeRequiredOnNewDevice())
                .deviceOnlyRememberedOnUserPrompt(d.deviceOnlyRememberedOnUserPrompt()).build();
    }

    private static EmailConfiguration of(EmailConfigurationType e) {
        return e == null ? null : new EmailConfiguration(e.sourceArn(), e.replyToEmailAddress(), e.emailSendingAccount(), e.from(),
                e.configurationSet());
    }

    private static EmailConfigurationType wire(EmailConfiguration e) {
        return e == null ? null : EmailConfigurationType.builder().sourceArn(e.sourceArn()).replyToEmailAddress(e.replyToEmailAddress())
                .emailSendingAccount(e.emailSendingAccount()).from(e.from()).configurationSet(e.configurationSet()).build();
    }

    private static SmsConfiguration of(SmsConfigurationType s) {
        return s == null ? null : new SmsConfiguration(s.snsCallerArn(), s.externalId(), s.snsRegion());
    }

    private static SmsConfigurationType wire(SmsConfiguration s) {
        return s == null ? null : SmsConfigurationType.builder().snsCallerArn(s.snsCallerArn()).externalId(s.externalId())
                .snsRegion(s.snsRegion()).build();
    }

    private static AdminCreateUserConfig of(AdminCreateUserConfigType a) {
        if (a == null) return null;
        MessageTemplateType t = a.inviteMessageTemplate();
        return new AdminCreateUserConfig(a.allowAdminCreateUserOnly(), a.unusedAccountValidityDays(),
                t == null ? null : new MessageTemplate(t.smsMessage(), t.emailMessage(), t.emailSubject()));
    }

    private static AdminCreateUserConfigType wire(AdminCreateUserConfig a) {
        if (a == null) return null;
        MessageTemplate t = a.inviteMessageTemplate();
        return AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(a.allowAdminCreateUserOnly())
                .unusedAccountValidityDays(a.unusedAccountValidityDays())
                .inviteMessageTemplate(t == null ? null
                        : MessageTemplateType.builder().smsMessage(t.smsMessage()).emailMessage(t.emailMessage()).emailSubject(t.emailSubject()).build())
                .build();
    }

    private static UserPoolAddOns of(UserPoolAddOnsType a) {
        if (a == null) return null;
        AdvancedSecurityAdditionalFlowsType flows = a.advancedSecurityAdditionalFlows();
        return new UserPoolAddOns(a.advancedSecurityMode(), flows == null ? null : new AdvancedSecurityAdditionalFlows(flows.customAuthMode()));
    }

    private static UserPoolAddOnsType wire(UserPoolAddOns a) {
        if (a == null) return null;
        AdvancedSecurityAdditionalFlows flows = a.advancedSecurityAdditionalFlows();
        return UserPoolAddOnsType.builder().advancedSecurityMode(a.advancedSecurityMode())
                .advancedSecurityAdditionalFlows(flows == null ? null
                        : AdvancedSecurityAdditionalFlowsType.builder().customAuthMode(flows.customAuthMode()).build())
                .build();
    }

    private static UsernameConfiguration of(UsernameConfigurationType u) {
        return u == null ? null : new UsernameConfiguration(u.caseSensitive());
    }

    private static UsernameConfigurationType wire(UsernameConfiguration u) {
        return u == null ? null : UsernameConfigurationType.builder().caseSensitive(u.caseSensitive()).build();
    }

    private static AccountRecoverySetting of(AccountRecoverySettingType a) {
        return a == null ? null : new AccountRecoverySetting(each(a.recoveryMechanisms(), o -> new RecoveryOption(o.priority(), o.name())));
    }

    private static AccountRecoverySettingType wire(AccountRecoverySetting a) {
        return a == null ? null : AccountRecoverySettingType.builder().recoveryMechanisms(
                each(a.recoveryMechanisms(), o -> RecoveryOptionType.builder().priority(o.priority()).name(o.name()).build())).build();
    }
}
