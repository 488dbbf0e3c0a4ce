package dev.cairn.test.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.api.RequestContext;
import dev.cairn.api.error.CodeMismatchException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.model.*;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.delivery.Outbox;
import dev.cairn.core.json.Json;
import dev.cairn.storage.jdbc.JdbcStorage;
import dev.cairn.test.MutableClock;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes the {@link LogFixture}: a journey through every event type the engine writes, on an H2
 * file, then the database as a script and the answers of the read operations. It ran once, at the
 * commit named in {@link LogFixture#RELEASE}; running it again at a later commit would record that
 * commit's shapes instead, which is not what the compatibility test is for. To run it:
 *
 * <pre>{@code mvn -B -q -pl engine-test -am test -Dtest=WriteLogFixture -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcairn.logFixture=src/test/resources/dev/cairn/test/compat/log-<commit>}</pre>
 */
@EnabledIfSystemProperty(named = "cairn.logFixture", matches = ".+")
class WriteLogFixture {

    static final String PASSWORD = "Corr3ct-Horse-Battery!";
    static final String NEW_PASSWORD = "Staple-Gun-Horse-42!";

    @TempDir
    Path dataDir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final Outbox outbox = new Outbox();
    final ObjectNode journey = Json.MAPPER.createObjectNode();

    @Test
    void write() throws Exception {
        Path folder = Path.of(System.getProperty("cairn.logFixture"));
        Files.createDirectories(folder);
        ArrayNode answers;
        try (CairnEngine engine = CairnEngine.builder().storage(JdbcStorage.h2File(dataDir)).clock(clock).random(new Random(20260302))
                .messageDelivery(outbox).build()) {
            run(engine);
            answers = answers(engine);
            journey.put("endedAt", clock.instant().toString());
        }
        LogFixture.saveDatabase(dataDir, folder);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(LogFixture.JOURNEY).toFile(), journey);
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(LogFixture.ANSWERS).toFile(), answers);
    }

    private void step() {
        clock.advance(Duration.ofMinutes(7));
    }

    private void run(CairnEngine engine) {
        String shop = engine.createUserPool(shopPool()).userPool().id();
        String app = engine.createUserPool(CreateUserPoolRequest.builder().poolName("app").usernameAttributes("email")
                .autoVerifiedAttributes("email").deletionProtection("ACTIVE").build()).userPool().id();
        String kiosk = engine.createUserPool(shopPool().toBuilder().poolName("kiosk").aliasAttributes((List<String>) null)
                .usernameAttributes("phone_number", "email").deletionProtection("INACTIVE").userPoolTier("LITE").build()).userPool().id();
        String scratch = engine.createUserPool(Requests.createUserPool("scratch")).userPool().id();
        journey.put("shop", shop).put("app", app).put("kiosk", kiosk);
        step();
        engine.updateUserPool(shopUpdate(shop));
        engine.addCustomAttributes(AddCustomAttributesRequest.builder().userPoolId(shop).customAttributes(
                SchemaAttributeType.builder().name("nickname2").attributeDataType("String").mutable(true)
                        .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength("1").maxLength("40").build()).build(),
                SchemaAttributeType.builder().name("secret_level").attributeDataType("Number").developerOnlyAttribute(true)
                        .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").maxValue("9").build()).build(),
                SchemaAttributeType.builder().name("vip").attributeDataType("Boolean").build()).build());
        engine.deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(scratch).build());
        step();

        String web = engine.createUserPoolClient(Requests.createClient(shop, "web")).userPoolClient().clientId();
        var server = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(shop).clientName("server")
                .generateSecret(true).explicitAuthFlows("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .accessTokenValidity(15).idTokenValidity(20).refreshTokenValidity(600)
                .tokenValidityUnits(TokenValidityUnitsType.builder().accessToken("minutes").idToken("minutes").refreshToken("minutes").build())
                .build()).userPoolClient();
        String mobile = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(shop).clientName("mobile")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .readAttributes("email", "email_verified", "given_name", "custom:plan").writeAttributes("email", "given_name")
                .supportedIdentityProviders("COGNITO").callbackURLs("https://shop.example.com/cb", "http://localhost:3000/cb")
                .logoutURLs("https://shop.example.com/bye").defaultRedirectURI("https://shop.example.com/cb")
                .allowedOAuthFlows("code").allowedOAuthScopes("openid", "email", "profile").allowedOAuthFlowsUserPoolClient(true)
                .preventUserExistenceErrors("ENABLED").enableTokenRevocation(true).authSessionValidity(5)
                .build()).userPoolClient().clientId();
        String legacy = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(shop).clientName("legacy")
                .explicitAuthFlows("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH").generateSecret(true).build()).userPoolClient().clientId();
        String appWeb = engine.createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(app).clientName("app-web")
                .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .refreshTokenValidity(90).tokenValidityUnits(TokenValidityUnitsType.builder().refreshToken("days").build()).build())
                .userPoolClient().clientId();
        step();
        engine.updateUserPoolClient(UpdateUserPoolClientRequest.builder().userPoolId(shop).clientId(mobile).clientName("mobile-v2")
                .explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .readAttributes("email", "email_verified", "given_name", "custom:plan", "custom:nickname2").writeAttributes("email", "given_name")
                .callbackURLs("https://shop.example.com/cb").allowedOAuthFlows("code", "implicit").allowedOAuthScopes("openid", "email")
                .allowedOAuthFlowsUserPoolClient(true).accessTokenValidity(2).tokenValidityUnits(TokenValidityUnitsType.builder().accessToken("hours").build())
                .preventUserExistenceErrors("ENABLED").build());
        engine.deleteUserPoolClient(DeleteUserPoolClientRequest.builder().userPoolId(shop).clientId(legacy).build());
        journey.put("web", web).put("server", server.clientId()).put("serverSecret", server.clientSecret())
                .put("mobile", mobile).put("appWeb", appWeb);
        step();

        engine.createGroup(CreateGroupRequest.builder().userPoolId(shop).groupName("admins").description("Shop administrators")
                .precedence(1).roleArn("arn:aws:iam::000000000000:role/shop-admins").build());
        engine.createGroup(CreateGroupRequest.builder().userPoolId(shop).groupName("staff").precedence(10).build());
        engine.createGroup(Requests.createGroup(shop, "temp"));
        engine.createGroup(CreateGroupRequest.builder().userPoolId(app).groupName("beta").description("Beta testers").build());
        step();
        engine.updateGroup(UpdateGroupRequest.builder().userPoolId(shop).groupName("staff").description("Everyone on the payroll")
                .precedence(5).roleArn("arn:aws:iam::000000000000:role/shop-staff").build());
        step();

        users(engine, shop, app, web, mobile, appWeb, server.clientSecret(), server.clientId());
        engine.deleteGroup(DeleteGroupRequest.builder().userPoolId(shop).groupName("temp").build());
        step();
        journey.put("rotatedKid", engine.rotateSigningKey(shop));
        step();
    }

    private void users(CairnEngine engine, String shop, String app, String web, String mobile, String appWeb, String serverSecret,
                       String server) {
        // alice: invited by an administrator, given a password, in two groups, signs in with SRP and refreshes
        CairnEngine desk = engine.as(new RequestContext("ADMIN", "support-desk", null, "198.51.100.4", "ticket-42"));
        desk.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(shop).username("alice")
                .userAttributes(Requests.attributes("email", "alice@example.com", "email_verified", "true", "given_name", "Alice",
                        "custom:plan", "gold"))
                .desiredDeliveryMediums("EMAIL").build());
        step();
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(shop).username("alice").password(PASSWORD).permanent(true).build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(shop).username("alice").groupName("admins").build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(shop).username("alice").groupName("staff").build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(shop).username("alice").groupName("temp").build());
        step();
        var aliceTokens = SignIn.srp(engine, shop, web, "alice", PASSWORD, clock.instant());
        step();
        engine.initiateAuth(InitiateAuthRequest.builder().clientId(web).authFlow("REFRESH_TOKEN_AUTH")
                .authParameters(Map.of("REFRESH_TOKEN", aliceTokens.refreshToken())).build());
        journey.put("aliceRefreshToken", aliceTokens.refreshToken());
        engine.adminUpdateUserAttributes(AdminUpdateUserAttributesRequest.builder().userPoolId(shop).username("alice")
                .userAttributes(Requests.attributes("given_name", "Alicia", "custom:nickname2", "Ali", "preferred_username", "ali")).build());
        engine.adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest.builder().userPoolId(shop).username("alice").groupName("staff").build());
        step();

        // bob: signs up, mistypes then enters his code, fails a password, changes his email (waits for verification)
        engine.signUp(SignUpRequest.builder().clientId(mobile).username("bob").password(PASSWORD)
                .userAttributes(Requests.attributes("email", "bob@example.com", "given_name", "Bob")).build());
        step();
        assertThatThrownBy(() -> engine.confirmSignUp(ConfirmSignUpRequest.builder().clientId(mobile).username("bob").confirmationCode("000000").build()))
                .isInstanceOf(CodeMismatchException.class);
        engine.confirmSignUp(ConfirmSignUpRequest.builder().clientId(mobile).username("bob")
                .confirmationCode(code(shop, "bob")).build());
        step();
        assertThatThrownBy(() -> SignIn.password(engine, mobile, "bob", "not-his-password")).isInstanceOf(NotAuthorizedException.class);
        var bobTokens = SignIn.password(engine, mobile, "bob", PASSWORD).authenticationResult();
        step();
        engine.updateUserAttributes(UpdateUserAttributesRequest.builder().accessToken(bobTokens.accessToken())
                .userAttributes(Requests.attributes("email", "robert@example.com", "given_name", "Robert")).build());
        step();
        engine.verifyUserAttribute(VerifyUserAttributeRequest.builder().accessToken(bobTokens.accessToken()).attributeName("email")
                .code(code(shop, "bob")).build());
        engine.adminDeleteUserAttributes(AdminDeleteUserAttributesRequest.builder().userPoolId(shop).username("bob")
                .userAttributeNames("given_name").build());
        engine.globalSignOut(GlobalSignOutRequest.builder().accessToken(bobTokens.accessToken()).build());
        step();

        // carol: created quietly, disabled and enabled, told to reset her password, resets it, revokes a token
        engine.adminCreateUser(Requests.adminCreateUser(shop, "carol", "email", "carol@example.com", "email_verified", "true",
                "phone_number", "+15555550123", "phone_number_verified", "true"));
        engine.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(shop).username("carol").build());
        step();
        engine.adminEnableUser(AdminEnableUserRequest.builder().userPoolId(shop).username("carol").build());
        engine.adminResetUserPassword(AdminResetUserPasswordRequest.builder().userPoolId(shop).username("carol").build());
        step();
        engine.confirmForgotPassword(ConfirmForgotPasswordRequest.builder().clientId(web).username("carol")
                .confirmationCode(code(shop, "carol")).password(NEW_PASSWORD).build());
        step();
        var carolTokens = SignIn.srp(engine, shop, web, "carol", NEW_PASSWORD, clock.instant());
        engine.revokeToken(RevokeTokenRequest.builder().clientId(web).token(carolTokens.refreshToken()).build());
        engine.forgotPassword(ForgotPasswordRequest.builder().clientId(web).username("carol").build());
        step();

        // dave is deleted, erin deleted and erased
        engine.adminCreateUser(Requests.adminCreateUser(shop, "dave", "email", "dave@example.com"));
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(shop).username("dave").groupName("temp").build());
        engine.adminCreateUser(Requests.adminCreateUser(shop, "erin", "email", "erin@example.com", "given_name", "Erin"));
        step();
        String erin = engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(shop).username("erin").build()).userAttributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        String dave = engine.adminGetUser(AdminGetUserRequest.builder().userPoolId(shop).username("dave").build()).userAttributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(shop).username("dave").build());
        engine.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(shop).username("erin").build());
        step();
        engine.erasePersonalData(shop, erin);
        journey.put("dave", dave).put("erin", erin);
        step();

        // frank signs in to the pool named by email and is signed out everywhere; alice signs in through the client with a secret
        engine.adminCreateUser(Requests.adminCreateUser(app, "frank@example.com", "email", "frank@example.com", "email_verified", "true"));
        engine.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(app).username("frank@example.com")
                .password(PASSWORD).permanent(true).build());
        engine.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(app).username("frank@example.com").groupName("beta").build());
        SignIn.srp(engine, app, appWeb, "frank@example.com", PASSWORD, clock.instant());
        engine.adminUserGlobalSignOut(AdminUserGlobalSignOutRequest.builder().userPoolId(app).username("frank@example.com").build());
        engine.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(shop).clientId(server).authFlow("ADMIN_USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD,
                        "SECRET_HASH", dev.cairn.core.client.AppClients.hash(serverSecret, "alice", server))).build());
        step();
    }

    private String code(String pool, String username) {
        var messages = outbox.messages(pool, username);
        return messages.get(messages.size() - 1).code();
    }

    private static CreateUserPoolRequest shopPool() {
        return CreateUserPoolRequest.builder().poolName("shop")
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(10).requireLowercase(true)
                        .requireUppercase(true).requireNumbers(true).requireSymbols(false).passwordHistorySize(3)
                        .temporaryPasswordValidityDays(3).build()).build())
                .schema(SchemaAttributeType.builder().name("email").required(true).mutable(true).build(),
                        SchemaAttributeType.builder().name("plan").attributeDataType("String").mutable(true)
                                .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength("2").maxLength("12").build()).build(),
                        SchemaAttributeType.builder().name("seats").attributeDataType("Number")
                                .numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("1").maxValue("500").build()).build())
                .aliasAttributes("email", "preferred_username").autoVerifiedAttributes("email")
                .usernameConfiguration(UsernameConfigurationType.builder().caseSensitive(false).build())
                .mfaConfiguration("OPTIONAL").smsAuthenticationMessage("Your sign-in code is {####}")
                .verificationMessageTemplate(VerificationMessageTemplateType.builder().emailSubject("Your shop code")
                        .emailMessage("Your code is {####}").smsMessage("Shop code: {####}").defaultEmailOption("CONFIRM_WITH_CODE").build())
                .accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(
                        RecoveryOptionType.builder().name("verified_email").priority(1).build(),
                        RecoveryOptionType.builder().name("verified_phone_number").priority(2).build()).build())
                .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdate("email").build())
                .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(true).deviceOnlyRememberedOnUserPrompt(true).build())
                .emailConfiguration(EmailConfigurationType.builder().emailSendingAccount("COGNITO_DEFAULT").replyToEmailAddress("help@shop.example.com").build())
                .smsConfiguration(SmsConfigurationType.builder().snsCallerArn("arn:aws:iam::000000000000:role/sms").externalId("shop-sms").snsRegion("us-east-1").build())
                .adminCreateUserConfig(AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(false).unusedAccountValidityDays(5)
                        .inviteMessageTemplate(MessageTemplateType.builder().emailSubject("Welcome to the shop")
                                .emailMessage("Hello {username}, your password is {####}").smsMessage("User {username} password {####}").build()).build())
                .lambdaConfig(LambdaConfigType.builder().preSignUp("arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up")
                        .preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaVersion("V2_0")
                                .lambdaArn("arn:aws:lambda:us-east-1:000000000000:function:pre-token").build()).build())
                .userPoolAddOns(UserPoolAddOnsType.builder().advancedSecurityMode("OFF").build())
                .userPoolTags(Map.of("team", "identity", "cost-center", "42"))
                .build();
    }

    private static UpdateUserPoolRequest shopUpdate(String shop) {
        return UpdateUserPoolRequest.builder().userPoolId(shop)
                .policies(UserPoolPolicyType.builder().passwordPolicy(PasswordPolicyType.builder().minimumLength(12).requireLowercase(true)
                        .requireUppercase(true).requireNumbers(true).requireSymbols(true).temporaryPasswordValidityDays(2).build())
                        .signInPolicy(SignInPolicyType.builder().allowedFirstAuthFactors("PASSWORD").build()).build())
                .autoVerifiedAttributes("email").mfaConfiguration("OPTIONAL").deletionProtection("ACTIVE")
                .verificationMessageTemplate(VerificationMessageTemplateType.builder().emailSubject("Your shop code")
                        .emailMessage("Your code is {####}.").smsMessage("Shop code: {####}").build())
                .emailVerificationSubject("Your shop code").emailVerificationMessage("Your code is {####}.")
                .accountRecoverySetting(AccountRecoverySettingType.builder().recoveryMechanisms(
                        RecoveryOptionType.builder().name("verified_email").priority(1).build()).build())
                .userAttributeUpdateSettings(UserAttributeUpdateSettingsType.builder().attributesRequireVerificationBeforeUpdate("email").build())
                .adminCreateUserConfig(AdminCreateUserConfigType.builder().unusedAccountValidityDays(4)
                        .inviteMessageTemplate(MessageTemplateType.builder().emailSubject("Welcome to the shop")
                                .emailMessage("Hello {username}, your password is {####}").build()).build())
                .deviceConfiguration(DeviceConfigurationType.builder().challengeRequiredOnNewDevice(false).deviceOnlyRememberedOnUserPrompt(true).build())
                .emailConfiguration(EmailConfigurationType.builder().emailSendingAccount("DEVELOPER")
                        .sourceArn("arn:aws:ses:us-east-1:000000000000:identity/shop.example.com").from("Shop <no-reply@shop.example.com>")
                        .replyToEmailAddress("help@shop.example.com").configurationSet("shop").build())
                .smsConfiguration(SmsConfigurationType.builder().snsCallerArn("arn:aws:iam::000000000000:role/sms").externalId("shop-sms").build())
                .smsAuthenticationMessage("Your sign-in code is {####}.")
                .lambdaConfig(LambdaConfigType.builder().preSignUp("arn:aws:lambda:us-east-1:000000000000:function:pre-sign-up")
                        .postConfirmation("arn:aws:lambda:us-east-1:000000000000:function:welcome")
                        .preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaVersion("V2_0")
                                .lambdaArn("arn:aws:lambda:us-east-1:000000000000:function:pre-token").build())
                        .customSMSSender(CustomSMSLambdaVersionConfigType.builder().lambdaVersion("V1_0")
                                .lambdaArn("arn:aws:lambda:us-east-1:000000000000:function:sms").build())
                        .kmsKeyID("arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab").build())
                .userPoolAddOns(UserPoolAddOnsType.builder().advancedSecurityMode("AUDIT").advancedSecurityAdditionalFlows(
                        AdvancedSecurityAdditionalFlowsType.builder().customAuthMode("AUDIT").build()).build())
                .userPoolTags(Map.of("team", "identity", "cost-center", "43"))
                .userPoolTier("PLUS")
                .build();
    }

    private ArrayNode answers(CairnEngine engine) {
        JsonNode j = journey;
        String shop = j.get("shop").asText();
        String app = j.get("app").asText();
        ArrayNode answers = Json.MAPPER.createArrayNode();
        for (String pool : List.of(shop, app, j.get("kiosk").asText())) {
            answers.add(ask(engine, "DescribeUserPool", DescribeUserPoolRequest.builder().userPoolId(pool).build()));
            answers.add(ask(engine, "ListUserPoolClients", ListUserPoolClientsRequest.builder().userPoolId(pool).maxResults(60).build()));
            answers.add(ask(engine, "ListGroups", ListGroupsRequest.builder().userPoolId(pool).build()));
            answers.add(ask(engine, "ListUsers", ListUsersRequest.builder().userPoolId(pool).build()));
            answers.add(LogFixture.read(engine, "Jwks", Json.MAPPER.createObjectNode().put("UserPoolId", pool)));
        }
        answers.add(ask(engine, "ListUserPools", ListUserPoolsRequest.builder().maxResults(60).build()));
        answers.add(ask(engine, "ListUserPools", ListUserPoolsRequest.builder().maxResults(1).build()));
        for (String client : List.of("web", "server", "mobile")) {
            answers.add(ask(engine, "DescribeUserPoolClient", DescribeUserPoolClientRequest.builder().userPoolId(shop).clientId(j.get(client).asText()).build()));
        }
        answers.add(ask(engine, "DescribeUserPoolClient", DescribeUserPoolClientRequest.builder().userPoolId(app).clientId(j.get("appWeb").asText()).build()));
        for (String group : List.of("admins", "staff")) {
            answers.add(ask(engine, "GetGroup", GetGroupRequest.builder().userPoolId(shop).groupName(group).build()));
            answers.add(ask(engine, "ListUsersInGroup", ListUsersInGroupRequest.builder().userPoolId(shop).groupName(group).build()));
        }
        answers.add(ask(engine, "GetGroup", GetGroupRequest.builder().userPoolId(app).groupName("beta").build()));
        answers.add(ask(engine, "ListUsers", ListUsersRequest.builder().userPoolId(shop).filter("email ^= \"ca\"").build()));
        for (String user : List.of("alice", "bob", "carol", "ALI")) {
            answers.add(ask(engine, "AdminGetUser", AdminGetUserRequest.builder().userPoolId(shop).username(user).build()));
            answers.add(ask(engine, "AdminListGroupsForUser", AdminListGroupsForUserRequest.builder().userPoolId(shop).username(user).build()));
            answers.add(LogFixture.read(engine, "UserHistory", Json.MAPPER.createObjectNode().put("UserPoolId", shop).put("Username", user)));
        }
        answers.add(ask(engine, "AdminGetUser", AdminGetUserRequest.builder().userPoolId(app).username("frank@example.com").build()));
        answers.add(LogFixture.read(engine, "UserHistory", Json.MAPPER.createObjectNode().put("UserPoolId", app).put("Username", "frank@example.com")));
        for (String deleted : List.of("dave", "erin")) {
            answers.add(LogFixture.read(engine, "UserHistoryBySub", Json.MAPPER.createObjectNode().put("UserPoolId", shop).put("Sub", j.get(deleted).asText())));
        }
        return answers;
    }

    private static ObjectNode ask(CairnEngine engine, String operation, Object request) {
        return LogFixture.read(engine, operation, Json.MAPPER.valueToTree(request));
    }
}
