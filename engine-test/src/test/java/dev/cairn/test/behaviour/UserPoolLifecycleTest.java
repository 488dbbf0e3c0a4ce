package dev.cairn.test.behaviour;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.api.event.CustomAttributesAdded;
import dev.cairn.api.event.UserPoolCreated;
import dev.cairn.api.event.UserPoolDeleted;
import dev.cairn.api.event.UserPoolUpdated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserPoolLifecycleTest {

    private final CairnFixture fixture = CairnFixture.inMemory();

    private String pool(CreateUserPoolRequest request) {
        return fixture.given(api -> api.createUserPool(request)).userPool().id();
    }

    private UserPoolType describe(String id) {
        return fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool();
    }

    @Test
    void createdPoolHasCognitoIdArnAndDefaults() {
        fixture.when(api -> api.createUserPool(Requests.createUserPool("shop")))
                .expectEvents(UserPoolCreated.class, dev.cairn.api.event.SigningKeyAdded.class)
                .expectResult(r -> {
                    UserPoolType p = r.userPool();
                    assertThat(p.id()).matches("us-east-1_[0-9a-zA-Z]{9}");
                    assertThat(p.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + p.id());
                    assertThat(p.name()).isEqualTo("shop");
                    assertThat(p.creationDate()).isEqualTo(CairnFixture.START);
                    assertThat(p.lastModifiedDate()).isEqualTo(CairnFixture.START);
                    assertThat(p.estimatedNumberOfUsers()).isZero();
                    assertThat(p.mfaConfiguration()).isEqualTo("OFF");
                    assertThat(p.deletionProtection()).isEqualTo("INACTIVE");
                    assertThat(p.policies().passwordPolicy()).isEqualTo(PasswordPolicyType.builder().minimumLength(8)
                            .requireUppercase(true).requireLowercase(true).requireNumbers(true).requireSymbols(true)
                            .temporaryPasswordValidityDays(7).build());
                    assertThat(p.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
                    assertThat(p.verificationMessageTemplate().defaultEmailOption()).isEqualTo("CONFIRM_WITH_CODE");
                    assertThat(p.schemaAttributes()).extracting(SchemaAttributeType::name)
                            .startsWith("sub", "name", "given_name").contains("email", "email_verified", "phone_number", "updated_at");
                });
    }

    @Test
    void everySettingGivenIsEchoedByDescribe() {
        CreateUserPoolRequest request = CreateUserPoolRequest.builder().poolName("full")
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(12)
                        .requireNumbers(true).temporaryPasswordValidityDays(3).build()).build())
                .deletionProtection("ACTIVE")
                .lambdaConfig(LambdaConfigType.builder().preSignUp("arn:aws:lambda:us-east-1:123456789012:function:pre").build())
                .autoVerifiedAttributes("email")
                .aliasAttributes("email", "preferred_username")
                .emailVerificationMessage("Code: {####}").emailVerificationSubject("Verify")
                .smsAuthenticationMessage("Auth {####}")
                .mfaConfiguration("OPTIONAL")
                .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdate("email").build())
                .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true).build())
                .userPoolTags(java.util.Map.of("team", "identity"))
                .adminCreateUserConfig(AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(true)
                        .inviteMessageTemplate(MessageTemplateType.builder().emailMessage("Hi {username}, {####}").emailSubject("Welcome").build()).build())
                .schema(SchemaAttributeType.builder().name("email").required(true).build(),
                        SchemaAttributeType.builder().name("tenant").attributeDataType("String").mutable(false).build())
                .usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build())
                .accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(
                        RecoveryOptionType.builder().name("verified_email").priority(1).build()).build())
                .build();
        UserPoolType p = describe(pool(request));
        assertThat(p.policies().passwordPolicy()).isEqualTo(PasswordPolicyType.builder().minimumLength(12).requireUppercase(false)
                .requireLowercase(false).requireNumbers(true).requireSymbols(false).temporaryPasswordValidityDays(3).build());
        assertThat(p.deletionProtection()).isEqualTo("ACTIVE");
        assertThat(p.lambdaConfig()).isEqualTo(request.lambdaConfig());
        assertThat(p.autoVerifiedAttributes()).containsExactly("email");
        assertThat(p.aliasAttributes()).containsExactly("email", "preferred_username");
        assertThat(p.emailVerificationMessage()).isEqualTo("Code: {####}");
        assertThat(p.verificationMessageTemplate().emailMessage()).isEqualTo("Code: {####}");
        assertThat(p.verificationMessageTemplate().emailSubject()).isEqualTo("Verify");
        assertThat(p.smsAuthenticationMessage()).isEqualTo("Auth {####}");
        assertThat(p.mfaConfiguration()).isEqualTo("OPTIONAL");
        assertThat(p.userAttributeUpdateSettings()).isEqualTo(request.userAttributeUpdateSettings());
        assertThat(p.deviceConfiguration()).isEqualTo(request.deviceConfiguration());
        assertThat(p.userPoolTags()).containsEntry("team", "identity");
        assertThat(p.adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
        assertThat(p.adminCreateUserConfig().inviteMessageTemplate().emailSubject()).isEqualTo("Welcome");
        assertThat(p.usernameConfiguration().caseSensitive()).isFalse();
        assertThat(p.accountRecoverySetting()).isEqualTo(request.accountRecoverySetting());
        assertThat(p.schemaAttributes()).filteredOn(a -> a.name().equals("email")).first()
                .satisfies(a -> assertThat(a.required()).isTrue());
        assertThat(p.schemaAttributes()).filteredOn(a -> a.name().equals("custom:tenant")).first()
                .satisfies(a -> {
                    assertThat(a.mutable()).isFalse();
                    assertThat(a.attributeDataType()).isEqualTo("String");
                });
    }

    @Test
    void usernameAndAliasAttributesCannotBothBeSet() {
        fixture.when(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("x")
                        .usernameAttributes("email").aliasAttributes("phone_number").build()))
                .expectError(InvalidParameterException.class,
                        "Only one of the attributes UsernameAttributes and AliasAttributes can be set in a User Pool");
    }

    @Test
    void requestsBreakingTheServiceModelAreRefusedWithCognitosWording() {
        fixture.when(api -> api.describeUserPool(DescribeUserPoolRequest.builder().userPoolId("no-underscore").build()))
                .expectError(InvalidParameterException.class, "1 validation error detected: Value 'no-underscore' at 'userPoolId' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
        fixture.when(api -> api.createUserPool(CreateUserPoolRequest.builder().build()))
                .expectError(InvalidParameterException.class,
                        "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null");
        fixture.when(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("p").mfaConfiguration("SOMETIMES").build()))
                .expectErrorContaining(InvalidParameterException.class, "Member must satisfy enum value set: [OFF, ON, OPTIONAL]");
    }

    @Test
    void unknownPoolIsResourceNotFound() {
        fixture.when(api -> api.describeUserPool(DescribeUserPoolRequest.builder().userPoolId("us-east-1_nothere00").build()))
                .expectError(ResourceNotFoundException.class, "User pool us-east-1_nothere00 does not exist.");
    }

    @Test
    void updateReplacesSettingsAndResetsWhatItLeavesOut() {
        String id = pool(CreateUserPoolRequest.builder().poolName("p").mfaConfiguration("OPTIONAL")
                .usernameAttributes("email").autoVerifiedAttributes("email").build());
        fixture.clock().advance(Duration.ofMinutes(5));
        fixture.when(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(id).deletionProtection("ACTIVE").build()))
                .expectEvents(UserPoolUpdated.class);
        UserPoolType p = describe(id);
        assertThat(p.deletionProtection()).isEqualTo("ACTIVE");
        assertThat(p.mfaConfiguration()).as("reset to default").isEqualTo("OFF");
        assertThat(p.autoVerifiedAttributes()).as("reset to default").isNull();
        assertThat(p.usernameAttributes()).as("immutable after creation").containsExactly("email");
        assertThat(p.name()).isEqualTo("p");
        assertThat(p.creationDate()).isEqualTo(CairnFixture.START);
        assertThat(p.lastModifiedDate()).isEqualTo(CairnFixture.START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void deletionProtectionRefusesDeleteUntilLifted() {
        String id = pool(CreateUserPoolRequest.builder().poolName("p").deletionProtection("ACTIVE").build());
        fixture.whenRun(api -> api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(id).build()))
                .expectErrorContaining(InvalidParameterException.class, "deletion protection");
        fixture.givenThat(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(id).deletionProtection("INACTIVE").build()));
        fixture.whenRun(api -> api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(id).build()))
                .expectEvents(UserPoolDeleted.class);
        fixture.when(api -> api.describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()))
                .expectError(ResourceNotFoundException.class);
    }

    @Test
    void deletingAPoolDeletesItsUsersAndFreesTheirUsernames() {
        String id = pool(Requests.createUserPool("p"));
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(id, "alice")));
        fixture.givenThat(api -> api.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(id).build()));
        assertThat(fixture.engine().storage().users().count(id)).isZero();
        assertThat(fixture.engine().storage().claims().all()).noneMatch(c -> c.scope().equals(id));
    }

    @Test
    void listUserPoolsWalksEveryPoolOnceAcrossPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) created.add(pool(Requests.createUserPool("p" + i)));
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            ListUserPoolsResponse page = fixture.engine().listUserPools(ListUserPoolsRequest.builder().maxResults(3).nextToken(token).build());
            assertThat(page.userPools()).hasSizeLessThanOrEqualTo(3);
            page.userPools().forEach(p -> seen.add(p.id()));
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void listUserPoolsRequiresMaxResults() {
        fixture.when(api -> api.listUserPools(ListUserPoolsRequest.builder().build()))
                .expectErrorContaining(InvalidParameterException.class, "'maxResults' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void customAttributesAreAddedOnceWithThePrefix() {
        String id = pool(Requests.createUserPool("p"));
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(SchemaAttributeType.builder().name("plan").attributeDataType("String").build()).build()))
                .expectEvents(CustomAttributesAdded.class)
                .expectEvent(CustomAttributesAdded.class, e -> assertThat(e.attributes().get(0).name()).isEqualTo("custom:plan"));
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(SchemaAttributeType.builder().name("plan").attributeDataType("String").build()).build()))
                .expectError(InvalidParameterException.class, "Existing attribute already has name custom:plan.");
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(SchemaAttributeType.builder().name("must").attributeDataType("String").required(true).build()).build()))
                .expectError(InvalidParameterException.class, "Required custom attributes are not supported currently.");
    }

    @Test
    void passwordPolicyLengthIsBounded() {
        fixture.when(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("p").policies(UserPoolPolicyType.builder()
                        .passwordPolicy(PasswordPolicyType.builder().minimumLength(4).build()).build()).build()))
                .expectErrorContaining(InvalidParameterException.class, "minimumLength");
    }
}
