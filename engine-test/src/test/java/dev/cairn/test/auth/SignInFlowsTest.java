package dev.cairn.test.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.cairn.api.RequestContext;
import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.error.InvalidPasswordException;
import dev.cairn.api.error.NotAuthorizedException;
import dev.cairn.api.error.PasswordResetRequiredException;
import dev.cairn.api.error.UserNotConfirmedException;
import dev.cairn.api.error.UserNotFoundException;
import dev.cairn.api.event.AuthChallengeAnswered;
import dev.cairn.api.event.AuthChallengeIssued;
import dev.cairn.api.event.PasswordSet;
import dev.cairn.api.event.SignInFailed;
import dev.cairn.api.event.SignedIn;
import dev.cairn.api.event.UniqueKey;
import dev.cairn.api.event.UserCreated;
import dev.cairn.api.model.*;
import dev.cairn.test.CairnFixture;
import dev.cairn.test.Requests;
import dev.cairn.test.SignIn;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFlowsTest {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CairnFixture fixture = CairnFixture.inMemory();
    final String pool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("shop")
            .schema(SchemaAttributeType.builder().name("given_name").required(true).build()).build())).userPool().id();
    final String client = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "web").toBuilder()
            .explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
            .build())).userPoolClient().clientId();

    {
        confirmedUser("alice", "email", "alice@example.com", "email_verified", "true", "given_name", "Alice");
    }

    void confirmedUser(String name, String... attributes) {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, name, attributes)));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username(name)
                .password(PASSWORD).permanent(true).build()));
    }

    RespondToAuthChallengeRequest srpAnswer(String username, String password) {
        SignIn.SrpStart start = SignIn.startSrp(fixture.engine(), client, username, null);
        return SignIn.answer(start, pool, client, password, fixture.clock().instant(), null);
    }

    @Test
    void srpSignInIssuesTokensThatVerifyAgainstThePublishedJwks() throws Exception {
        var start = fixture.when(api -> SignIn.startSrp(api, client, "alice", null)).expectEvents(AuthChallengeIssued.class).result();
        assertThat(start.challenge().challengeName()).isEqualTo("PASSWORD_VERIFIER");
        assertThat(start.challenge().challengeParameters()).containsKeys("SALT", "SECRET_BLOCK", "SRP_B", "USER_ID_FOR_SRP", "USERNAME");
        var tokens = fixture.when(api -> api.respondToAuthChallenge(SignIn.answer(start, pool, client, PASSWORD, fixture.clock().instant(), null)))
                .expectEvents(SignedIn.class, AuthChallengeAnswered.class)
                .expectEvent(SignedIn.class, e -> {
                    assertThat(e.clientId()).isEqualTo(client);
                    assertThat(e.challengePath()).containsExactly("PASSWORD_VERIFIER");
                    assertThat(e.refreshTokenHash()).hasSize(64);
                })
                .result().authenticationResult();
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isEqualTo(3600);
        assertThat(tokens.refreshToken()).isNotBlank();

        JWKSet jwks = JWKSet.parse(fixture.engine().jwks(pool));
        SignedJWT id = SignedJWT.parse(tokens.idToken());
        SignedJWT access = SignedJWT.parse(tokens.accessToken());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(id.getHeader().getKeyID());
        assertThat(id.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(access.verify(new RSASSAVerifier((RSAKey) jwks.getKeyByKeyId(access.getHeader().getKeyID())))).isTrue();

        var idClaims = id.getJWTClaimsSet();
        assertThat(idClaims.getIssuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool);
        assertThat(idClaims.getAudience()).containsExactly(client);
        assertThat(idClaims.getStringClaim("token_use")).isEqualTo("id");
        assertThat(idClaims.getStringClaim("cognito:username")).isEqualTo("alice");
        assertThat(idClaims.getStringClaim("email")).isEqualTo("alice@example.com");
        assertThat(idClaims.getBooleanClaim("email_verified")).isTrue();
        assertThat(idClaims.getExpirationTime()).isEqualTo(Date.from(CairnFixture.START.plus(Duration.ofHours(1))));
        var accessClaims = access.getJWTClaimsSet();
        assertThat(accessClaims.getStringClaim("token_use")).isEqualTo("access");
        assertThat(accessClaims.getStringClaim("client_id")).isEqualTo(client);
        assertThat(accessClaims.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
        assertThat(accessClaims.getStringClaim("username")).isEqualTo("alice");
        assertThat(accessClaims.getStringClaim("origin_jti")).isEqualTo(idClaims.getStringClaim("origin_jti"));
        assertThat(accessClaims.getSubject()).isEqualTo(idClaims.getSubject());
    }

    @Test
    void groupsAndRolesAppearInTheTokens() throws Exception {
        fixture.givenThat(api -> api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("admins").precedence(1)
                .roleArn("arn:aws:iam::123456789012:role/admin").build()));
        fixture.givenThat(api -> api.createGroup(CreateGroupRequest.builder().userPoolId(pool).groupName("staff").precedence(5)
                .roleArn("arn:aws:iam::123456789012:role/staff").build()));
        for (String g : List.of("admins", "staff")) {
            fixture.givenThat(api -> api.adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(pool).username("alice").groupName(g).build()));
        }
        var tokens = SignIn.srp(fixture.engine(), pool, client, "alice", PASSWORD, fixture.clock().instant());
        var id = SignedJWT.parse(tokens.idToken()).getJWTClaimsSet();
        assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins", "staff");
        assertThat(id.getStringListClaim("cognito:roles")).hasSize(2);
        assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo("arn:aws:iam::123456789012:role/admin");
        assertThat(SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getStringListClaim("cognito:groups")).containsExactly("admins", "staff");
    }

    @Test
    void aWrongSrpPasswordIsAFailedSignIn() {
        var answer = srpAnswer("alice", "Wrong-Passw0rd!");
        fixture.when(api -> api.respondToAuthChallenge(answer))
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class)
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("WRONG_PASSWORD"));
        assertThat(fixture.when(api -> api.respondToAuthChallenge(answer)).error())
                .isInstanceOf(NotAuthorizedException.class).hasMessage("Invalid session for the user, session can only be used once.");
    }

    @Test
    void aPasswordChangedBetweenTheSrpStepsFailsTheAnswer() {
        // The challenge's sealed state keeps no verifier: the answer is checked against the user's password as it is now.
        var answer = srpAnswer("alice", PASSWORD);
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("alice")
                .password("An0ther-Passw0rd!").permanent(true).build()));
        fixture.when(api -> api.respondToAuthChallenge(answer))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class, AuthChallengeAnswered.class);
    }

    @Test
    void theWrongPasswordErrorIsCognitos() {
        fixture.when(api -> SignIn.password(api, client, "alice", "Wrong-Passw0rd!"))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(SignInFailed.class);
    }

    @Test
    void signInByVerifiedAliasUsesTheRealUsernameForSrp() {
        String aliasPool = fixture.given(api -> api.createUserPool(CreateUserPoolRequest.builder().poolName("alias").aliasAttributes("email").build())).userPool().id();
        String aliasClient = fixture.given(api -> api.createUserPoolClient(Requests.createClient(aliasPool, "c"))).userPoolClient().clientId();
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(aliasPool, "bob", "email", "bob@example.com", "email_verified", "true")));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(aliasPool).username("bob").password(PASSWORD).permanent(true).build()));
        SignIn.SrpStart start = SignIn.startSrp(fixture.engine(), aliasClient, "bob@example.com", null);
        assertThat(start.challenge().challengeParameters()).containsEntry("USER_ID_FOR_SRP", "bob");
        var r = fixture.engine().respondToAuthChallenge(SignIn.answer(start, aliasPool, aliasClient, PASSWORD, fixture.clock().instant(), null));
        assertThat(r.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void aTemporaryPasswordLeadsToNewPasswordRequired() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "carol", "email", "carol@example.com")
                .toBuilder().temporaryPassword("Temp-Passw0rd!").build()));
        var start = SignIn.startSrp(fixture.engine(), client, "carol", null);
        var challenge = fixture.engine().respondToAuthChallenge(SignIn.answer(start, pool, client, "Temp-Passw0rd!", fixture.clock().instant(), null));
        assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(challenge.challengeParameters().get("requiredAttributes")).isEqualTo("[\"userAttributes.given_name\"]");
        assertThat(challenge.challengeParameters().get("userAttributes")).contains("carol@example.com");
        assertThat(challenge.session()).isNotBlank();

        RespondToAuthChallengeRequest.Builder answer = RespondToAuthChallengeRequest.builder().clientId(client)
                .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session());
        fixture.when(api -> api.respondToAuthChallenge(answer.challengeResponses(Map.of("USERNAME", "carol", "NEW_PASSWORD", "weak")).build()))
                .expectError(InvalidPasswordException.class);
        fixture.when(api -> api.respondToAuthChallenge(answer.challengeResponses(Map.of("USERNAME", "carol", "NEW_PASSWORD", "N3w-Passw0rd!")).build()))
                .expectErrorContaining(InvalidParameterException.class, "given_name");
        fixture.when(api -> api.respondToAuthChallenge(answer.challengeResponses(Map.of("USERNAME", "carol", "NEW_PASSWORD", "N3w-Passw0rd!",
                        "userAttributes.given_name", "Carol")).build()))
                .expectSuccess()
                .expectEvent(SignedIn.class, e -> assertThat(e.challengePath()).containsExactly("PASSWORD_VERIFIER", "NEW_PASSWORD_REQUIRED"))
                .expectEvent(PasswordSet.class, e -> assertThat(e.permanent()).isTrue());
        assertThat(fixture.engine().adminGetUser(AdminGetUserRequest.builder().userPoolId(pool).username("carol").build()).userStatus())
                .isEqualTo("CONFIRMED");
        SignIn.srp(fixture.engine(), pool, client, "carol", "N3w-Passw0rd!", fixture.clock().instant());
    }

    @Test
    void aUserDeletedBeforeAnsweringNewPasswordRequiredIsRefusedNotAnInternalError() {
        fixture.givenThat(api -> api.adminCreateUser(Requests.adminCreateUser(pool, "dora", "email", "dora@example.com")
                .toBuilder().temporaryPassword("Temp-Passw0rd!").build()));
        var start = SignIn.startSrp(fixture.engine(), client, "dora", null);
        var challenge = fixture.engine().respondToAuthChallenge(SignIn.answer(start, pool, client, "Temp-Passw0rd!", fixture.clock().instant(), null));
        fixture.givenThat(api -> api.adminDeleteUser(AdminDeleteUserRequest.builder().userPoolId(pool).username("dora").build()));

        fixture.when(api -> api.respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(client)
                        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session()).challengeResponses(Map.of("USERNAME", "dora",
                                "NEW_PASSWORD", "N3w-Passw0rd!", "userAttributes.given_name", "Dora")).build()))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(AuthChallengeAnswered.class);
    }

    @Test
    void passwordFlowsMustBeEnabledForTheClient() {
        String srpOnly = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "srp-only"))).userPoolClient().clientId();
        fixture.when(api -> SignIn.password(api, srpOnly, "alice", PASSWORD))
                .expectError(InvalidParameterException.class, "USER_PASSWORD_AUTH flow not enabled for this client");
        fixture.when(api -> api.initiateAuth(InitiateAuthRequest.builder().clientId(client).authFlow("ADMIN_USER_PASSWORD_AUTH")
                        .authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build()))
                .expectError(InvalidParameterException.class, "Initiate Auth method not supported.");
    }

    @Test
    void userPasswordAndAdminPasswordFlowsSignIn() {
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).expectEvents(SignedIn.class)
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
        fixture.when(api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                        .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build()))
                .expectEvent(SignedIn.class, e -> assertThat(e.authFlow()).isEqualTo("ADMIN_USER_PASSWORD_AUTH"))
                .expectResult(r -> assertThat(r.authenticationResult().idToken()).isNotBlank());
    }

    @Test
    void adminSrpAndAdminChallengeAnswersWork() {
        var client0 = new dev.cairn.core.srp.SrpClient(new java.security.SecureRandom());
        var challenge = fixture.engine().adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                .authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", "alice", "SRP_A", client0.srpA())).build());
        var p = challenge.challengeParameters();
        var claim = client0.answer(dev.cairn.core.srp.SrpPrincipal.user(pool, "alice"), PASSWORD, p.get("SRP_B"), p.get("SALT"),
                p.get("SECRET_BLOCK"), fixture.clock().instant());
        fixture.when(api -> api.adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest.builder().userPoolId(pool).clientId(client)
                        .challengeName("PASSWORD_VERIFIER").session(challenge.session()).challengeResponses(Map.of("USERNAME", "alice",
                                "PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock(), "PASSWORD_CLAIM_SIGNATURE", claim.signature(),
                                "TIMESTAMP", claim.timestamp())).build()))
                .expectEvent(SignedIn.class, e -> assertThat(e.authFlow()).isEqualTo("USER_SRP_AUTH"))
                .expectResult(r -> assertThat(r.authenticationResult().accessToken()).isNotBlank());
        fixture.when(api -> api.adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(pool).clientId(client)
                        .authFlow("USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "alice", "PASSWORD", PASSWORD)).build()))
                .expectError(InvalidParameterException.class, "Initiate Auth method not supported.");
    }

    @Test
    void aTimestampInAnotherFormatIsRefused() {
        var answer = srpAnswer("alice", PASSWORD);
        var responses = new java.util.HashMap<>(answer.challengeResponses());
        responses.put("TIMESTAMP", "2026-01-01T00:00:00Z");
        fixture.when(api -> api.respondToAuthChallenge(answer.toBuilder().challengeResponses(responses).build()))
                .expectError(InvalidParameterException.class, "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
    }

    @Test
    void unknownUsersAreReportedOrHiddenAsTheClientSays() {
        fixture.when(api -> SignIn.password(api, client, "nobody", PASSWORD)).expectError(UserNotFoundException.class, "User does not exist.");
        String hiding = fixture.given(api -> api.createUserPoolClient(Requests.createClient(pool, "hiding").toBuilder()
                .preventUserExistenceErrors("ENABLED").explicitAuthFlows("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .build())).userPoolClient().clientId();
        fixture.when(api -> SignIn.password(api, hiding, "nobody", PASSWORD)).expectError(NotAuthorizedException.class, "Incorrect username or password.");
        var start = SignIn.startSrp(fixture.engine(), hiding, "nobody", null);
        assertThat(start.challenge().challengeName()).as("indistinguishable from a real user").isEqualTo("PASSWORD_VERIFIER");
        fixture.when(api -> api.respondToAuthChallenge(SignIn.answer(start, pool, hiding, PASSWORD, fixture.clock().instant(), null)))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.")
                .expectEvents(AuthChallengeAnswered.class);
    }

    @Test
    void statusDecidesWhatAKnownUserGets() {
        fixture.givenThat(api -> api.adminDisableUser(AdminDisableUserRequest.builder().userPoolId(pool).username("alice").build()));
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD))
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("DISABLED"));
        assertThat(fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).error()).hasMessage("User is disabled.");

        confirmedUser("dan", "given_name", "Dan", "email", "dan@example.com", "email_verified", "true");
        fixture.givenThat(api -> api.adminResetUserPassword(AdminResetUserPasswordRequest.builder().userPoolId(pool).username("dan").build()));
        assertThat(fixture.when(api -> SignIn.password(api, client, "dan", PASSWORD)).error())
                .isInstanceOf(PasswordResetRequiredException.class).hasMessage("Password reset required for the user");

        String sub = "00000000-0000-4000-8000-00000000000e";
        fixture.givenEvents(new UserCreated(pool, sub, "erin", Map.of("sub", sub), "UNCONFIRMED",
                dev.cairn.core.user.Passwords.verifier(pool, "erin", PASSWORD, new java.util.Random(1)), List.of(new UniqueKey("username", "erin"))));
        assertThat(fixture.when(api -> SignIn.password(api, client, "erin", PASSWORD)).error())
                .isInstanceOf(UserNotConfirmedException.class).hasMessage("User is not confirmed.");
    }

    @Test
    void repeatedFailuresLockTheUserOutWithGrowingBackOff() {
        for (int i = 0; i < 5; i++) {
            fixture.when(api -> SignIn.password(api, client, "alice", "Wrong-Passw0rd!"))
                    .expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
            fixture.clock().advance(Duration.ofMillis(10));
        }
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD))
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("LOCKED_OUT"));
        assertThat(fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).error()).hasMessage("Password attempts exceeded");
        fixture.clock().advance(Duration.ofSeconds(2));
        fixture.when(api -> SignIn.password(api, client, "alice", "Wrong-Passw0rd!"))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        fixture.clock().advance(Duration.ofMillis(1500));
        assertThat(fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).error())
                .as("the sixth failure doubled the lock to 2s").hasMessage("Password attempts exceeded");
        fixture.clock().advance(Duration.ofSeconds(1));
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).expectSuccess();
        fixture.when(api -> SignIn.password(api, client, "alice", "Wrong-Passw0rd!"))
                .expectFailure(NotAuthorizedException.class, "Incorrect username or password.");
        fixture.when(api -> SignIn.password(api, client, "alice", PASSWORD)).expectSuccess(); // success reset the count
    }

    @Test
    void sessionsExpireAfterTheClientsAuthSessionValidity() {
        var answer = srpAnswer("alice", PASSWORD);
        fixture.clock().advance(Duration.ofMinutes(3));
        fixture.when(api -> api.respondToAuthChallenge(answer))
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("SESSION_EXPIRED"));
        assertThat(fixture.when(api -> api.respondToAuthChallenge(srpAnswer("alice", PASSWORD))).error()).isNull();
    }

    @Test
    void tamperedSessionsAreRefused() {
        var answer = srpAnswer("alice", PASSWORD);
        String s = answer.session();
        String tampered = s.substring(0, 4) + (s.charAt(4) == 'A' ? 'B' : 'A') + s.substring(5);
        fixture.when(api -> api.respondToAuthChallenge(answer.toBuilder().session(tampered).build()))
                .expectError(NotAuthorizedException.class, "Invalid session for the user.");
    }

    @Test
    void theSignInRecordsTheSourceFromUserContextData() {
        var answer = srpAnswer("alice", PASSWORD).toBuilder()
                .userContextData(UserContextDataType.builder().ipAddress("203.0.113.9").build()).build();
        fixture.whenAs(new RequestContext("ADMIN", "web-backend", null, "10.0.0.1", "c-1"), api -> api.respondToAuthChallenge(answer))
                .expectContext(c -> {
                    assertThat(c.actorType()).isEqualTo("USER");
                    assertThat(c.sourceIp()).isEqualTo("203.0.113.9");
                    assertThat(c.clientId()).isEqualTo(client);
                });
    }

    @Test
    void aTemporaryPasswordExpiresAfterThePoolsValidityDays() {
        fixture.givenThat(api -> api.adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("tess")
                .temporaryPassword("Temp-Passw0rd!").messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("given_name").value("Tess").build()).build()));
        fixture.clock().advance(Duration.ofDays(6));
        assertThat(fixture.engine().respondToAuthChallenge(SignIn.answer(SignIn.startSrp(fixture.engine(), client, "tess", null),
                pool, client, "Temp-Passw0rd!", fixture.clock().instant(), null)).challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
        fixture.clock().advance(Duration.ofDays(1)); // seven days: the default TemporaryPasswordValidityDays
        fixture.when(api -> SignIn.password(api, client, "tess", "Temp-Passw0rd!"))
                .expectFailure(NotAuthorizedException.class, "Temporary password has expired and must be reset by an administrator.")
                .expectEvent(SignInFailed.class, e -> assertThat(e.reason()).isEqualTo("TEMPORARY_PASSWORD_EXPIRED"));
        fixture.givenThat(api -> api.adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("tess")
                .password("Temp-Passw0rd!2").permanent(false).build()));
        assertThat(fixture.engine().respondToAuthChallenge(SignIn.answer(SignIn.startSrp(fixture.engine(), client, "tess", null),
                pool, client, "Temp-Passw0rd!2", fixture.clock().instant(), null)).challengeName())
                .as("a new temporary password starts a new validity").isEqualTo("NEW_PASSWORD_REQUIRED");
    }
}
