package dev.cairn.test.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.error.UserLambdaValidationException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.LambdaTriggerInvoked;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.AdminAddUserToGroupRequest;
import dev.cairn.api.model.AdminGetUserRequest;
import dev.cairn.api.model.AdminSetUserPasswordRequest;
import dev.cairn.api.model.AuthenticationResultType;
import dev.cairn.api.model.InitiateAuthRequest;
import dev.cairn.api.model.PreTokenGenerationVersionConfigType;
import dev.cairn.test.Requests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PreAuthentication, PostAuthentication, PreTokenGeneration (V1, V2) and UserMigration, each through both invokers. */
class SignInTriggersTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    static void user(Functions f, String pool, String name) {
        f.fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, name, "email", name + "@example.com",
                "email_verified", "true")));
        f.fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(name)
                .password(PASSWORD).permanent(true).build()));
    }

    static InitiateAuthRequest passwordAuth(String client, String name, String password) {
        return InitiateAuthRequest.builder().clientId(client).authFlow("USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", name, "PASSWORD", password)).clientMetadata(Map.of("app", "shop")).build();
    }

    static JWTClaimsSet claims(String jwt) throws Exception {
        return SignedJWT.parse(jwt).getJWTClaimsSet();
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusingPreAuthenticationStopsTheSignInBeforeTheProof(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("gate", Functions.refusing("Outside office hours")))) {
            String[] pc = f.pool(t -> t.preAuthentication(Functions.arn("gate")));
            user(f, pc[0], "ann");
            f.fixture.when(api -> api.initiateAuth(passwordAuth(pc[1], "ann", "wrong-but-never-checked")))
                    .expectFailure(UserLambdaValidationException.class, "PreAuthentication failed with error Outside office hours.")
                    .expectEvents(LambdaTriggerInvoked.class);
            ObjectNode event = f.lastEvent();
            assertThat(event.get("triggerSource").asText()).isEqualTo("PreAuthentication_Authentication");
            assertThat(event.at("/request/userAttributes/email").asText()).isEqualTo("ann@example.com");
            assertThat(event.at("/request/validationData/app").asText()).isEqualTo("shop");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(pc[1]);
            assertThat(event.toString()).doesNotContain("wrong-but-never-checked");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void preAndPostAuthenticationFrameASuccessfulSignIn(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("gate", Functions.answering(e -> e), "after", Functions.answering(e -> e)))) {
            String[] pc = f.pool(t -> t.preAuthentication(Functions.arn("gate")).postAuthentication(Functions.arn("after")));
            user(f, pc[0], "bob");
            f.fixture.when(api -> api.initiateAuth(passwordAuth(pc[1], "bob", PASSWORD)))
                    .expectResult(r -> assertThat(r.authenticationResult().idToken()).isNotNull())
                    .expectEvents(LambdaTriggerInvoked.class, SignedIn.class, LambdaTriggerInvoked.class);
            List<ObjectNode> events = f.events();
            assertThat(events).extracting(e -> e.get("triggerSource").asText())
                    .containsExactly("PreAuthentication_Authentication", "PostAuthentication_Authentication");
            ObjectNode post = events.get(1);
            assertThat(post.at("/request/newDeviceUsed").asBoolean(true)).isFalse();
            assertThat(post.at("/request/clientMetadata/app").asText()).isEqualTo("shop");
            assertThat(post.at("/request/userAttributes/cognito:user_status").asText()).isEqualTo("CONFIRMED");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void preTokenGenerationV1AddsSuppressesAndOverridesGroupsInTheIdToken(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ObjectNode details = ((ObjectNode) e.get("response")).putObject("claimsOverrideDetails");
            details.putObject("claimsToAddOrOverride").put("tenant", "acme").put("sub", "forged").put("email", "other@example.com");
            details.putArray("claimsToSuppress").add("email_verified");
            details.putObject("groupOverrideDetails").putArray("groupsToOverride").add("vip");
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preTokenGeneration(Functions.arn("claims")));
            user(f, pc[0], "cy");
            f.fixture.givenThat(api -> api.createGroup(Requests.createGroup(pc[0], "staff")));
            f.fixture.givenThat(api -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pc[0]).username("cy").groupName("staff").build()));
            AuthenticationResultType tokens = f.fixture.engine().initiateAuth(passwordAuth(pc[1], "cy", PASSWORD)).authenticationResult();
            JWTClaimsSet id = claims(tokens.idToken());
            assertThat(id.getStringClaim("tenant")).isEqualTo("acme");
            assertThat(id.getStringClaim("email")).isEqualTo("other@example.com");
            assertThat(id.getSubject()).as("Cognito keeps sub").isNotEqualTo("forged");
            assertThat(id.getClaim("email_verified")).isNull();
            assertThat(id.getStringListClaim("cognito:groups")).containsExactly("vip");
            assertThat(claims(tokens.accessToken()).getClaim("tenant")).as("V1 changes the ID token only").isNull();
            ObjectNode event = f.lastEvent();
            assertThat(event.get("version").asText()).isEqualTo("1");
            assertThat(event.get("triggerSource").asText()).isEqualTo("TokenGeneration_Authentication");
            assertThat(event.at("/request/groupConfiguration/groupsToOverride/0").asText()).isEqualTo("staff");
            assertThat(event.at("/request/scopes").isMissingNode()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void preTokenGenerationV2ChangesBothTokensAndScopesAlsoOnRefresh(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ObjectNode details = ((ObjectNode) e.get("response")).putObject("claimsAndScopeOverrideDetails");
            details.putObject("idTokenGeneration").putObject("claimsToAddOrOverride").put("plan", "gold");
            ObjectNode access = details.putObject("accessTokenGeneration");
            access.putObject("claimsToAddOrOverride").put("tier", 3);
            access.putArray("scopesToAdd").add("orders/read");
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaVersion("V2_0")
                    .lambdaArn(Functions.arn("claims")).build()));
            user(f, pc[0], "dee");
            AuthenticationResultType tokens = f.fixture.engine().initiateAuth(passwordAuth(pc[1], "dee", PASSWORD)).authenticationResult();
            assertThat(claims(tokens.idToken()).getStringClaim("plan")).isEqualTo("gold");
            JWTClaimsSet access = claims(tokens.accessToken());
            assertThat(access.getLongClaim("tier")).isEqualTo(3L);
            assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin orders/read");
            assertThat(f.lastEvent().get("version").asText()).isEqualTo("2");
            assertThat(f.lastEvent().at("/request/scopes/0").asText()).isEqualTo("aws.cognito.signin.user.admin");

            AuthenticationResultType refreshed = f.fixture.engine().initiateAuth(InitiateAuthRequest.builder().clientId(pc[1])
                    .authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())).build()).authenticationResult();
            assertThat(claims(refreshed.accessToken()).getStringClaim("scope")).contains("orders/read");
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("TokenGeneration_RefreshTokens");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void tokensAfterANewPasswordComeFromTokenGenerationNewPasswordChallenge(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ((ObjectNode) e.get("response")).putObject("claimsOverrideDetails").putObject("claimsToAddOrOverride")
                    .put("source", e.get("triggerSource").asText());
            return e;
        })))) {
            String[] pc = f.pool(t -> t.preTokenGeneration(Functions.arn("claims")));
            f.fixture.givenThat(api -> api.adminCreateUser(dev.cairn.api.model.AdminCreateUserRequest.builder().userPoolId(pc[0]).username("new")
                    .temporaryPassword("Temp-Passw0rd!1").messageAction("SUPPRESS").build()));
            var challenge = f.fixture.engine().initiateAuth(passwordAuth(pc[1], "new", "Temp-Passw0rd!1"));
            assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
            var tokens = f.fixture.engine().respondToAuthChallenge(dev.cairn.api.model.RespondToAuthChallengeRequest.builder().clientId(pc[1])
                    .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
                    .challengeResponses(Map.of("USERNAME", "new", "NEW_PASSWORD", PASSWORD)).build()).authenticationResult();
            assertThat(claims(tokens.idToken()).getStringClaim("source")).isEqualTo("TokenGeneration_NewPasswordChallenge");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void preTokenGenerationV3ChangesAMachinesAccessTokenOnClientCredentials(Functions.Invoker how) throws Exception {
        try (Functions f = new Functions(how, Map.of("claims", Functions.answering(e -> {
            ObjectNode access = ((ObjectNode) e.get("response")).putObject("claimsAndScopeOverrideDetails").putObject("accessTokenGeneration");
            access.putObject("claimsToAddOrOverride").put("tenant", "acme");
            access.putArray("scopesToSuppress").add("orders/write");
            return e;
        })))) {
            String pool = f.pool(t -> t.preTokenGenerationConfig(PreTokenGenerationVersionConfigType.builder().lambdaVersion("V3_0")
                    .lambdaArn(Functions.arn("claims")).build()))[0];
            f.fixture.givenThat(api -> api.createResourceServer(dev.cairn.api.model.CreateResourceServerRequest.builder().userPoolId(pool)
                    .identifier("orders").name("Orders").scopes(dev.cairn.api.model.ResourceServerScopeType.builder().scopeName("read").scopeDescription("r").build(),
                            dev.cairn.api.model.ResourceServerScopeType.builder().scopeName("write").scopeDescription("w").build()).build()));
            var machine = f.fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "machine").toBuilder().generateSecret(true)
                    .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows("client_credentials").allowedOAuthScopes("orders/read", "orders/write")
                    .build())).userPoolClient();
            String token = f.fixture.engine().oauth2Token(pool, new dev.cairn.core.oauth.TokenRequest("client_credentials", machine.clientId(),
                    machine.clientSecret(), null, null)).accessToken();
            JWTClaimsSet access = claims(token);
            assertThat(access.getStringClaim("tenant")).isEqualTo("acme");
            assertThat(access.getStringClaim("scope")).isEqualTo("orders/read");
            ObjectNode event = f.lastEvent();
            assertThat(event.get("version").asText()).isEqualTo("3");
            assertThat(event.get("triggerSource").asText()).isEqualTo("TokenGeneration_ClientCredentials");
            assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(machine.clientId());
            assertThat(event.at("/request/scopes").toString()).isEqualTo("[\"orders/read\",\"orders/write\"]");
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void userMigrationCreatesTheUserWithTheTypedPasswordThenSignsItIn(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("legacy", Functions.answering(e -> {
            if (!e.at("/request/password").asText().equals("Legacy-Passw0rd!")) throw new IllegalStateException("Bad password");
            ObjectNode response = (ObjectNode) e.get("response");
            response.putObject("userAttributes").put("email", "old@example.com").put("email_verified", "true");
            response.put("finalUserStatus", "CONFIRMED").put("messageAction", "SUPPRESS");
            return e;
        })))) {
            String[] pc = f.pool(t -> t.userMigration(Functions.arn("legacy")));
            f.fixture.when(api -> api.initiateAuth(passwordAuth(pc[1], "olduser", "Legacy-Passw0rd!")))
                    .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotNull())
                    .expectEvents(LambdaTriggerInvoked.class, UserCreated.class, SignedIn.class)
                    .expectEvent(UserCreated.class, e -> assertThat(e.userStatus()).isEqualTo("CONFIRMED"));
            assertThat(f.lastEvent().get("triggerSource").asText()).isEqualTo("UserMigration_Authentication");
            assertThat(f.invocations()).extracting(LambdaTriggerInvoked::message).containsOnlyNulls();
            var user = f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pc[0]).username("olduser").build());
            assertThat(user.userStatus()).isEqualTo("CONFIRMED");
            assertThat(user.userAttributes()).anySatisfy(a -> assertThat(a.value()).isEqualTo("old@example.com"));
            String log = f.fixture.engine().axon().readAll().map(m -> dev.cairn.core.json.Json.write(m.getPayload())).reduce("", String::concat);
            assertThat(log).as("the typed password never in the log").doesNotContain("Legacy-Passw0rd!");
            // Migrated once: the next sign-in is the pool's own.
            f.fixture.when(api -> api.initiateAuth(passwordAuth(pc[1], "olduser", "Legacy-Passw0rd!"))).expectEvents(SignedIn.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Functions.Invoker.class)
    void aRefusedMigrationCreatesNobody(Functions.Invoker how) {
        try (Functions f = new Functions(how, Map.of("legacy", Functions.refusing("Bad password")))) {
            String[] pc = f.pool(t -> t.userMigration(Functions.arn("legacy")));
            f.fixture.when(api -> api.initiateAuth(passwordAuth(pc[1], "ghost", "whatever-1A!")))
                    .expectFailure(UserLambdaValidationException.class, "UserMigration failed with error Bad password.")
                    .expectEvents(LambdaTriggerInvoked.class);
            assertThatThrownBy(() -> f.fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pc[0]).username("ghost").build()))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }
}
