package dev.cairn.core.userpool;

import dev.cairn.api.error.FeatureUnavailableInTierException;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AdminCreateUserConfigType;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.EmailConfigurationType;
import dev.cairn.api.model.LambdaConfigType;
import dev.cairn.api.model.NumberAttributeConstraintsType;
import dev.cairn.api.model.PasswordPolicyType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.SignInPolicyType;
import dev.cairn.api.model.StringAttributeConstraintsType;
import dev.cairn.api.model.UpdateUserPoolRequest;
import dev.cairn.api.model.UserPoolPolicyType;
import dev.cairn.api.model.UserPoolType;
import dev.cairn.api.model.VerificationMessageTemplateType;
import dev.cairn.core.json.Json;
import dev.cairn.core.validation.ModelValidator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns CreateUserPool and UpdateUserPool requests into complete pool settings: Cognito's defaults
 * filled in, cross-field rules checked. UpdateUserPool, like Cognito's, resets every updatable
 * setting the request leaves out to its default; what cannot change after creation (name of the
 * sign-in attributes, schema, case sensitivity) is carried over.
 */
public final class PoolSettings {

    static final int MAX_CUSTOM_ATTRIBUTES = 50;
    private static final Set<String> VERIFIABLE = Set.of("email", "phone_number");
    private static final BigInteger MAX_STRING_LENGTH = BigInteger.valueOf(2048);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,20}");
    private static final Pattern SIGNED_WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,20}");

    private PoolSettings() {
    }

    public static UserPoolType create(CreateUserPoolRequest request, String poolId, String arn) {
        // CreateUserPool and UserPoolType share most member names; Jackson carries them across by wire name.
        UserPoolType base = Json.MAPPER.convertValue(request, UserPoolType.class);
        if (request.aliasAttributes() != null && request.usernameAttributes() != null) {
            throw new InvalidParameterException("Only one of the attributes UsernameAttributes and AliasAttributes can be set in a User Pool");
        }
        UserPoolType settings = withDefaults(base.toBuilder().id(poolId).arn(arn).name(request.poolName())
                .schemaAttributes(schema(request.schema())).build());
        check(settings);
        return settings;
    }

    public static UserPoolType update(UserPoolType current, UpdateUserPoolRequest request) {
        UserPoolType base = Json.MAPPER.convertValue(request, UserPoolType.class);
        UserPoolType settings = withDefaults(base.toBuilder()
                .id(current.id()).arn(current.arn()).name(request.poolName() != null ? request.poolName() : current.name())
                .schemaAttributes(current.schemaAttributes()).aliasAttributes(current.aliasAttributes())
                .usernameAttributes(current.usernameAttributes()).usernameConfiguration(current.usernameConfiguration())
                .domain(current.domain()).customDomain(current.customDomain())
                // Tags are the pool's resource tags (TagResource): an update that names none keeps them.
                .userPoolTags(request.userPoolTags() != null ? request.userPoolTags() : current.userPoolTags()).build());
        check(settings);
        return settings;
    }

    private static UserPoolType withDefaults(UserPoolType s) {
        UserPoolType.Builder b = s.toBuilder();
        b.policies(policies(s.policies()));
        if (s.deletionProtection() == null) b.deletionProtection("INACTIVE");
        if (s.lambdaConfig() == null) b.lambdaConfig(LambdaConfigType.builder().build());
        if (s.mfaConfiguration() == null) b.mfaConfiguration("OFF");
        if (s.emailConfiguration() == null) b.emailConfiguration(EmailConfigurationType.builder().emailSendingAccount("COGNITO_DEFAULT").build());
        AdminCreateUserConfigType admin = s.adminCreateUserConfig() == null ? AdminCreateUserConfigType.builder().build() : s.adminCreateUserConfig();
        b.adminCreateUserConfig(admin.toBuilder()
                .allowAdminCreateUserOnly(admin.allowAdminCreateUserOnly() != null ? admin.allowAdminCreateUserOnly() : false)
                .unusedAccountValidityDays(admin.unusedAccountValidityDays() != null ? admin.unusedAccountValidityDays() : 7).build());
        VerificationMessageTemplateType template = verificationTemplate(s);
        b.verificationMessageTemplate(template);
        if (s.smsVerificationMessage() == null) b.smsVerificationMessage(template.smsMessage());
        if (s.emailVerificationMessage() == null) b.emailVerificationMessage(template.emailMessage());
        if (s.emailVerificationSubject() == null) b.emailVerificationSubject(template.emailSubject());
        if (s.userPoolTier() == null) b.userPoolTier("ESSENTIALS");
        return b.build();
    }

    private static UserPoolPolicyType policies(UserPoolPolicyType given) {
        UserPoolPolicyType p = given == null ? UserPoolPolicyType.builder().build() : given;
        PasswordPolicyType pw = p.passwordPolicy();
        if (pw == null) {
            pw = PasswordPolicyType.builder().minimumLength(8).requireUppercase(true).requireLowercase(true)
                    .requireNumbers(true).requireSymbols(true).temporaryPasswordValidityDays(7).build();
        } else {
            pw = pw.toBuilder().minimumLength(pw.minimumLength() != null ? pw.minimumLength() : 8)
                    .requireUppercase(Boolean.TRUE.equals(pw.requireUppercase()))
                    .requireLowercase(Boolean.TRUE.equals(pw.requireLowercase()))
                    .requireNumbers(Boolean.TRUE.equals(pw.requireNumbers()))
                    .requireSymbols(Boolean.TRUE.equals(pw.requireSymbols()))
                    .temporaryPasswordValidityDays(pw.temporaryPasswordValidityDays() != null ? pw.temporaryPasswordValidityDays() : 7)
                    .build();
        }
        SignInPolicyType signIn = p.signInPolicy() != null && p.signInPolicy().allowedFirstAuthFactors() != null ? p.signInPolicy()
                : SignInPolicyType.builder().allowedFirstAuthFactors(List.of("PASSWORD")).build();
        return p.toBuilder().passwordPolicy(pw).signInPolicy(signIn).build();
    }

    /**
     * Cognito keeps the legacy message fields and VerificationMessageTemplate in step: what one of them
     * sets, the other shows, whichever the request used; what both set is kept as given.
     */
    private static VerificationMessageTemplateType verificationTemplate(UserPoolType s) {
        VerificationMessageTemplateType t = s.verificationMessageTemplate() == null
                ? VerificationMessageTemplateType.builder().build() : s.verificationMessageTemplate();
        VerificationMessageTemplateType.Builder b = t.toBuilder();
        if (t.smsMessage() == null) b.smsMessage(s.smsVerificationMessage());
        if (t.emailMessage() == null) b.emailMessage(s.emailVerificationMessage());
        if (t.emailSubject() == null) b.emailSubject(s.emailVerificationSubject());
        if (t.defaultEmailOption() == null) b.defaultEmailOption("CONFIRM_WITH_CODE");
        return b.build();
    }

    private static void check(UserPoolType s) {
        checkSignInPolicy(s);
        Tags.check(s.userPoolTags());
        PasswordPolicyType pw = s.policies().passwordPolicy();
        if (pw.minimumLength() < 6 || pw.minimumLength() > 99) {
            throw new InvalidParameterException("Password policy minimum length must be between 6 and 99.");
        }
        for (String a : list(s.autoVerifiedAttributes())) {
            if (!VERIFIABLE.contains(a)) throw new InvalidParameterException("Invalid AutoVerifiedAttributes: " + a);
        }
        if (s.userAttributeUpdateSettings() != null) {
            for (String a : list(s.userAttributeUpdateSettings().attributesRequireVerificationBeforeUpdate())) {
                if (!list(s.autoVerifiedAttributes()).contains(a)) {
                    throw new InvalidParameterException("The attribute " + a
                            + " in AttributesRequireVerificationBeforeUpdate must also be in AutoVerifiedAttributes.");
                }
            }
        }
        String sms = s.verificationMessageTemplate().smsMessage();
        if (sms != null && !sms.contains("{####}")) {
            throw new InvalidParameterException("SMS verification message must contain the {####} placeholder.");
        }
        String email = s.verificationMessageTemplate().emailMessage();
        if (email != null && "CONFIRM_WITH_CODE".equals(s.verificationMessageTemplate().defaultEmailOption()) && !email.contains("{####}")) {
            throw new InvalidParameterException("Email verification message must contain the {####} placeholder.");
        }
    }

    /**
     * Choice-based sign-in: PASSWORD is always among the first factors (Cognito refuses a policy
     * without it: the CDK documents "password: This must be true"; the wording of the error is
     * ours), and any other first factor needs the Essentials tier or higher, as the API
     * reference says of SignInPolicyType.
     */
    private static void checkSignInPolicy(UserPoolType s) {
        List<String> factors = s.policies().signInPolicy().allowedFirstAuthFactors();
        if (!factors.contains("PASSWORD")) {
            throw new InvalidParameterException("AllowedFirstAuthFactors must include PASSWORD.");
        }
        if ("LITE".equals(s.userPoolTier()) && factors.stream().anyMatch(f -> !f.equals("PASSWORD"))) {
            throw new FeatureUnavailableInTierException("Choice-based sign-in with " + String.join(", ", factors.stream()
                    .filter(f -> !f.equals("PASSWORD")).toList()) + " is not available in the LITE tier; use ESSENTIALS or PLUS.");
        }
    }

    /** The pool's schema: the standard attributes with the request's overrides, then its custom attributes. */
    static List<SchemaAttributeType> schema(List<SchemaAttributeType> requested) {
        List<SchemaAttributeType> schema = new ArrayList<>(StandardAttributes.defaults());
        List<SchemaAttributeType> custom = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SchemaAttributeType a : list(requested)) {
            if (a.name() == null) throw new InvalidParameterException("Schema attribute name is required.");
            if (!seen.add(a.name())) throw new InvalidParameterException("Duplicate attribute name found: " + a.name());
            int i = StandardAttributes.NAMES.indexOf(a.name());
            if (i < 0) {
                custom.add(custom(a));
                continue;
            }
            SchemaAttributeType standard = schema.get(i);
            if (a.attributeDataType() != null && !a.attributeDataType().equals(standard.attributeDataType())
                    || Boolean.TRUE.equals(a.developerOnlyAttribute())) {
                throw new InvalidParameterException("You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute " + a.name());
            }
            if (a.name().equals("sub")) continue;
            schema.set(i, constrained(standard.toBuilder()
                    .required(a.required() != null ? a.required() : standard.required())
                    .mutable(a.mutable() != null ? a.mutable() : standard.mutable())
                    .stringAttributeConstraints(a.stringAttributeConstraints() != null ? a.stringAttributeConstraints() : standard.stringAttributeConstraints())
                    .numberAttributeConstraints(a.numberAttributeConstraints() != null ? a.numberAttributeConstraints() : standard.numberAttributeConstraints())
                    .build()));
        }
        if (custom.size() > MAX_CUSTOM_ATTRIBUTES) {
            throw new InvalidParameterException("A user pool can have at most " + MAX_CUSTOM_ATTRIBUTES + " custom attributes.");
        }
        schema.addAll(custom);
        return schema;
    }

    /** Validates AddCustomAttributes against the pool's schema and returns the attributes as stored. */
    static List<SchemaAttributeType> customAttributes(UserPoolState pool, List<SchemaAttributeType> requested) {
        List<SchemaAttributeType> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SchemaAttributeType a : requested) {
            SchemaAttributeType c = custom(a);
            if (!seen.add(c.name())) throw new InvalidParameterException("Duplicate attribute name found: " + a.name());
            if (pool.attribute(c.name()).isPresent()) {
                throw new InvalidParameterException("Existing attribute already has name " + c.name() + ".");
            }
            added.add(c);
        }
        long existing = pool.schema().stream().filter(s -> s.name().startsWith(StandardAttributes.CUSTOM_PREFIX)
                || s.name().startsWith(StandardAttributes.DEV_PREFIX)).count();
        if (existing + added.size() > MAX_CUSTOM_ATTRIBUTES) {
            throw new InvalidParameterException("A user pool can have at most " + MAX_CUSTOM_ATTRIBUTES + " custom attributes.");
        }
        return added;
    }

    /** A custom attribute as stored; CreateUserPool's Schema and AddCustomAttributes check it alike. */
    private static SchemaAttributeType custom(SchemaAttributeType a) {
        // The model makes Name optional; a custom attribute cannot be added without one (found by FuzzEveryOperationTest, seed 3).
        if (a.name() == null) {
            throw ModelValidator.nullMembers(List.of("customAttributes.member.name"));
        }
        String bare = a.name().startsWith(StandardAttributes.CUSTOM_PREFIX) ? a.name().substring(StandardAttributes.CUSTOM_PREFIX.length()) : a.name();
        if (bare.isEmpty() || bare.length() > 20) {
            throw new InvalidParameterException("Custom attribute name must be between 1 and 20 characters: " + a.name());
        }
        // Cognito gives a custom attribute no default type: a schema attribute without one is refused.
        if (a.attributeDataType() == null) {
            throw new InvalidParameterException("Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
        }
        if (Boolean.TRUE.equals(a.required())) {
            throw new InvalidParameterException("Required custom attributes are not supported currently.");
        }
        boolean developerOnly = Boolean.TRUE.equals(a.developerOnlyAttribute());
        SchemaAttributeType.Builder b = a.toBuilder()
                .name((developerOnly ? StandardAttributes.DEV_PREFIX : StandardAttributes.CUSTOM_PREFIX) + bare)
                .developerOnlyAttribute(developerOnly)
                .mutable(a.mutable() == null || a.mutable()).required(false);
        if (a.attributeDataType().equals("String") && a.stringAttributeConstraints() == null) {
            b.stringAttributeConstraints(StringAttributeConstraintsType.builder().build());
        }
        return constrained(b.build());
    }

    /**
     * The attribute with only the constraints of its own type (a string attribute keeps its string
     * constraints, a number attribute its number constraints, others none), once they are checked as
     * Cognito checks them: whole numbers, lengths from 0 to 2048, and a maximum not below the minimum.
     */
    private static SchemaAttributeType constrained(SchemaAttributeType a) {
        StringAttributeConstraintsType s = a.stringAttributeConstraints();
        NumberAttributeConstraintsType n = a.numberAttributeConstraints();
        SchemaAttributeType.Builder b = a.toBuilder().stringAttributeConstraints(null).numberAttributeConstraints(null);
        switch (a.attributeDataType()) {
            case "String" -> {
                if (s == null) return b.build();
                BigInteger min = limit(s.minLength(), "StringAttributeConstraints", a.name(), false);
                BigInteger max = limit(s.maxLength(), "StringAttributeConstraints", a.name(), false);
                if (min != null && min.compareTo(MAX_STRING_LENGTH) > 0 || max != null && max.compareTo(MAX_STRING_LENGTH) > 0) {
                    throw new InvalidParameterException("user." + a.name() + ": String attributes cannot have a length of more than 2048");
                }
                if (min != null && max != null && min.compareTo(max) > 0) {
                    throw new InvalidParameterException("user." + a.name() + ": Max length cannot be less than min length.");
                }
                return b.stringAttributeConstraints(s).build();
            }
            case "Number" -> {
                if (n == null) return b.build();
                BigInteger min = limit(n.minValue(), "NumberAttributeConstraints", a.name(), true);
                BigInteger max = limit(n.maxValue(), "NumberAttributeConstraints", a.name(), true);
                if (min != null && max != null && min.compareTo(max) > 0) {
                    throw new InvalidParameterException("user." + a.name() + ": Max value cannot be less than min value.");
                }
                return b.numberAttributeConstraints(n).build();
            }
            default -> {
                return b.build();
            }
        }
    }

    private static BigInteger limit(String value, String constraints, String attribute, boolean signed) {
        if (value == null || value.isEmpty()) return null;
        if (!(signed ? SIGNED_WHOLE_NUMBER : WHOLE_NUMBER).matcher(value).matches()) {
            throw new InvalidParameterException("Invalid " + constraints + " for schema attribute " + attribute);
        }
        return new BigInteger(value);
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
