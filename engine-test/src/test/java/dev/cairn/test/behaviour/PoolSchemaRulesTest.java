package dev.cairn.test.behaviour;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AddCustomAttributesRequest;
import dev.cairn.api.model.CreateUserPoolRequest;
import dev.cairn.api.model.DescribeUserPoolRequest;
import dev.cairn.api.model.NumberAttributeConstraintsType;
import dev.cairn.api.model.SchemaAttributeType;
import dev.cairn.api.model.StringAttributeConstraintsType;
import dev.cairn.api.model.UpdateUserPoolRequest;
import dev.cairn.api.model.UserPoolType;
import dev.cairn.api.model.VerificationMessageTemplateType;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pool definitions that Cognito refuses are refused alike, with its words, and nothing is written. */
class PoolSchemaRulesTest {

    private final CairnFixture fixture = CairnFixture.inMemory();

    private static CreateUserPoolRequest poolWith(SchemaAttributeType attribute) {
        return CreateUserPoolRequest.builder().poolName("p").schema(attribute).build();
    }

    private static SchemaAttributeType.Builder string(String name, String min, String max) {
        return SchemaAttributeType.builder().name(name).attributeDataType("String")
                .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength(min).maxLength(max).build());
    }

    private static SchemaAttributeType.Builder number(String name, String min, String max) {
        return SchemaAttributeType.builder().name(name).attributeDataType("Number")
                .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue(min).maxValue(max).build());
    }

    private String pool(CreateUserPoolRequest request) {
        return fixture.given(api -> api.createUserPool(request)).userPool().id();
    }

    private UserPoolType describe(String id) {
        return fixture.engine().describeUserPool(DescribeUserPoolRequest.builder().userPoolId(id).build()).userPool();
    }

    private static SchemaAttributeType attribute(UserPoolType pool, String name) {
        return pool.schemaAttributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCustomAttributeWithoutADataTypeIsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(SchemaAttributeType.builder().name("tenant").build())))
                .expectError(InvalidParameterException.class,
                        "Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
    }

    @Test
    void aCustomAttributeAddedWithoutANameIsRefused() {
        String id = pool(Requests.createUserPool("p"));
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(SchemaAttributeType.builder().attributeDataType("Number").build()).build()))
                .expectError(InvalidParameterException.class,
                        "1 validation error detected: Value null at 'customAttributes.member.name' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void aCustomAttributeAddedWithoutADataTypeIsRefused() {
        String id = pool(Requests.createUserPool("p"));
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(SchemaAttributeType.builder().name("plan").build()).build()))
                .expectError(InvalidParameterException.class,
                        "Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
    }

    @Test
    void anUnknownDataTypeIsRefusedListingTheEnumInCognitosOrder() {
        fixture.when(api -> api.createUserPool(poolWith(SchemaAttributeType.builder().name("tenant").attributeDataType("Text").build())))
                .expectError(InvalidParameterException.class, "1 validation error detected: Value 'Text' at 'schema.1.member.attributeDataType' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: [Boolean, Number, String, DateTime]");
    }

    @Test
    void aNonNumericStringLengthIsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(string("tenant", "invalid_value", "10").build())))
                .expectError(InvalidParameterException.class, "Invalid StringAttributeConstraints for schema attribute custom:tenant");
        fixture.when(api -> api.createUserPool(poolWith(string("name", "1", "invalid_value").build())))
                .expectError(InvalidParameterException.class, "Invalid StringAttributeConstraints for schema attribute name");
    }

    @Test
    void aNonNumericNumberBoundIsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(number("age", "invalid_value", "10").build())))
                .expectError(InvalidParameterException.class, "Invalid NumberAttributeConstraints for schema attribute custom:age");
        fixture.when(api -> api.createUserPool(poolWith(number("age", "1", "invalid_value").build())))
                .expectError(InvalidParameterException.class, "Invalid NumberAttributeConstraints for schema attribute custom:age");
    }

    @Test
    void aStringLengthOver2048IsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(string("tenant", "0", "2049").build())))
                .expectError(InvalidParameterException.class, "user.custom:tenant: String attributes cannot have a length of more than 2048");
        fixture.when(api -> api.createUserPool(poolWith(string("email", "2049", null).build())))
                .expectError(InvalidParameterException.class, "user.email: String attributes cannot have a length of more than 2048");
    }

    @Test
    void aMaximumLengthBelowTheMinimumIsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(string("tenant", "10", "5").build())))
                .expectError(InvalidParameterException.class, "user.custom:tenant: Max length cannot be less than min length.");
    }

    @Test
    void aMaximumValueBelowTheMinimumIsRefused() {
        fixture.when(api -> api.createUserPool(poolWith(number("age", "10", "5").build())))
                .expectError(InvalidParameterException.class, "user.custom:age: Max value cannot be less than min value.");
    }

    @Test
    void addedCustomAttributesPassTheSameConstraintChecks() {
        String id = pool(Requests.createUserPool("p"));
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(string("plan", "0", "4096").build()).build()))
                .expectError(InvalidParameterException.class, "user.custom:plan: String attributes cannot have a length of more than 2048");
        fixture.when(api -> api.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(id)
                        .customAttributes(number("score", "x", null).build()).build()))
                .expectError(InvalidParameterException.class, "Invalid NumberAttributeConstraints for schema attribute custom:score");
    }

    @Test
    void aStandardAttributeCannotChangeItsDataType() {
        fixture.when(api -> api.createUserPool(poolWith(SchemaAttributeType.builder().name("email").attributeDataType("Number").build())))
                .expectError(InvalidParameterException.class,
                        "You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute email");
    }

    @Test
    void aStandardAttributeCannotBeMadeDeveloperOnly() {
        fixture.when(api -> api.createUserPool(poolWith(SchemaAttributeType.builder().name("email").attributeDataType("String")
                        .developerOnlyAttribute(true).build())))
                .expectError(InvalidParameterException.class,
                        "You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute email");
    }

    @Test
    void eachAttributeKeepsOnlyTheConstraintsOfItsType() {
        NumberAttributeConstraintsType numbers = NumberAttributeConstraintsType.builder().minValue("1").maxValue("99").build();
        StringAttributeConstraintsType strings = StringAttributeConstraintsType.builder().minLength("1").maxLength("99").build();
        UserPoolType p = describe(pool(CreateUserPoolRequest.builder().poolName("p").schema(
                SchemaAttributeType.builder().name("age").attributeDataType("Number").numberAttributeConstraints(numbers)
                        .stringAttributeConstraints(strings).build(),
                SchemaAttributeType.builder().name("tenant").attributeDataType("String").numberAttributeConstraints(numbers)
                        .stringAttributeConstraints(strings).build(),
                SchemaAttributeType.builder().name("vip").attributeDataType("Boolean").numberAttributeConstraints(numbers)
                        .stringAttributeConstraints(strings).build(),
                SchemaAttributeType.builder().name("email").numberAttributeConstraints(numbers).build()).build()));
        assertThat(attribute(p, "custom:age").numberAttributeConstraints()).isEqualTo(numbers);
        assertThat(attribute(p, "custom:age").stringAttributeConstraints()).isNull();
        assertThat(attribute(p, "custom:tenant").stringAttributeConstraints()).isEqualTo(strings);
        assertThat(attribute(p, "custom:tenant").numberAttributeConstraints()).isNull();
        assertThat(attribute(p, "custom:vip").stringAttributeConstraints()).isNull();
        assertThat(attribute(p, "custom:vip").numberAttributeConstraints()).isNull();
        assertThat(attribute(p, "email").numberAttributeConstraints()).isNull();
        assertThat(attribute(p, "email").stringAttributeConstraints().maxLength()).isEqualTo("2048");
    }

    @Test
    void theTemplatesSmsMessageAppearsAsTheLegacyField() {
        UserPoolType p = describe(pool(CreateUserPoolRequest.builder().poolName("p")
                .verificationMessageTemplate(VerificationMessageTemplateType.builder().smsMessage("SMS {####}")
                        .emailMessage("Mail {####}").emailSubject("Subject").build()).build()));
        assertThat(p.smsVerificationMessage()).isEqualTo("SMS {####}");
        assertThat(p.emailVerificationMessage()).isEqualTo("Mail {####}");
        assertThat(p.emailVerificationSubject()).isEqualTo("Subject");
    }

    @Test
    void theLegacyFieldsAppearInTheTemplate() {
        UserPoolType p = describe(pool(CreateUserPoolRequest.builder().poolName("p").smsVerificationMessage("SMS {####}")
                .emailVerificationMessage("Mail {####}").emailVerificationSubject("Subject").build()));
        assertThat(p.verificationMessageTemplate().smsMessage()).isEqualTo("SMS {####}");
        assertThat(p.verificationMessageTemplate().emailMessage()).isEqualTo("Mail {####}");
        assertThat(p.verificationMessageTemplate().emailSubject()).isEqualTo("Subject");
    }

    @Test
    void updatingTheTemplateKeepsTheLegacyFieldsInStep() {
        String id = pool(CreateUserPoolRequest.builder().poolName("p").smsVerificationMessage("Old {####}").build());
        fixture.given(api -> api.updateUserPool(UpdateUserPoolRequest.builder().userPoolId(id)
                .verificationMessageTemplate(VerificationMessageTemplateType.builder().smsMessage("New {####}").build()).build()));
        UserPoolType p = describe(id);
        assertThat(p.smsVerificationMessage()).isEqualTo("New {####}");
        assertThat(p.verificationMessageTemplate().smsMessage()).isEqualTo("New {####}");
    }
}
